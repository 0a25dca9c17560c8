package dev.sagedeck.data;

/**
 * The field texts that mean "no value". Besides the empty field these are the strings pandas'
 * {@code read_csv} treats as NaN by default; the lesson reads its CSV with pandas, so a file the
 * lesson's script reads gets the same missing values here (e.g. {@code NA} in a numeric column
 * stays numeric instead of turning the column into text).
 */
final class MissingTokens {
    private static final String[] TOKENS = {
        "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
        "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null"
    };
    private static final int LONGEST = 8;

    private MissingTokens() {}

    /** True when {@code b[off, end)} is exactly one of the tokens (case-sensitive, as in pandas). */
    static boolean matches(byte[] b, int off, int end) {
        int length = end - off;
        if (length < 2 || length > LONGEST) return false;
        byte first = b[off];
        if (first != '#' && first != '-' && first != '1' && first != '<' && first != 'N' && first != 'n') return false;
        outer:
        for (String token : TOKENS) {
            if (token.length() != length) continue;
            for (int k = 0; k < length; k++) {
                if (b[off + k] != token.charAt(k)) continue outer;
            }
            return true;
        }
        return false;
    }
}
