package dev.sagedeck.app.format;

/** How many terminal cells text takes: East Asian wide characters take two. The one width rule, for painters and the layout alike. */
public final class Cells {
    private Cells() {}

    public static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f)
                || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
                || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
    }

    /** Display width of a string in cells. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += isWide(s.charAt(i)) ? 2 : 1;
        }
        return w;
    }
}
