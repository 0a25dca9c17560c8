package dev.sagedeck.data;

/** Strict UTF-8 validation of raw bytes (no overlong forms, no surrogates, nothing above U+10FFFF). */
final class Utf8 {
    private Utf8() {}

    /** Index of the first byte in {@code [from, to)} that breaks UTF-8, or -1 when all of it is valid. */
    static int firstInvalid(byte[] b, int from, int to) {
        int k = from;
        while (k < to) {
            int c = b[k] & 0xff;
            if (c < 0x80) {
                k++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return k;
            }
            if (k + n >= to) {
                return k; // fewer continuation bytes left than the lead byte announces
            }
            int cp = c & (0x3F >> n);
            for (int j = 1; j <= n; j++) {
                int d = b[k + j] & 0xff;
                if ((d & 0xC0) != 0x80) {
                    return k;
                }
                cp = (cp << 6) | (d & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return k;
            }
            k += n + 1;
        }
        return -1;
    }
}
