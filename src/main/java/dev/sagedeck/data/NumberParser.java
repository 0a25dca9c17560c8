package dev.sagedeck.data;

import java.nio.charset.StandardCharsets;

/**
 * Parses a decimal number straight from CSV bytes, without building a String.
 *
 * <p>Most CSV numbers have at most 15 significant digits and a small exponent; for those the
 * result of {@code mantissa * 10^e} (or {@code / 10^-e}) in double arithmetic is exactly the
 * correctly rounded value, because both operands are exact doubles and IEEE multiplication rounds
 * once (Clinger's fast path). Everything else falls back to {@link Double#parseDouble}, so the
 * result always equals {@code Double.parseDouble} on the same text.
 */
final class NumberParser {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final long EXACT_MANTISSA_LIMIT = 1L << 53;

    private NumberParser() {}

    /**
     * Parses {@code b[off, end)} (surrounding spaces and tabs allowed) into {@code out[slot]}.
     * Accepts {@code [+-]digits[.digits][(e|E)[+-]digits]}, {@code .5}, {@code 5.}, and
     * (case-insensitively) {@code nan}, {@code inf}, {@code infinity}.
     *
     * @return false when the text is not a number (out is then untouched)
     */
    static boolean parse(byte[] b, int off, int end, double[] out, int slot) {
        while (off < end && (b[off] == ' ' || b[off] == '\t')) off++;
        while (end > off && (b[end - 1] == ' ' || b[end - 1] == '\t')) end--;
        if (off == end) return false;
        int i = off;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            if (++i == end) return false;
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        boolean anyDigit = false;
        boolean slow = false;
        for (; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) break;
            anyDigit = true;
            if (mantissa == 0 && d == 0) continue; // leading zeros are not significant
            if (digits < 18) {
                mantissa = mantissa * 10 + d;
                digits++;
            } else {
                slow = true;
            }
        }
        if (i < end && b[i] == '.') {
            for (i++; i < end; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) break;
                anyDigit = true;
                if (mantissa == 0 && d == 0) {
                    exponent--;
                } else if (digits < 18) {
                    mantissa = mantissa * 10 + d;
                    digits++;
                    exponent--;
                } else {
                    slow = true;
                }
            }
        }
        if (!anyDigit) return parseSpecial(b, i, end, negative, out, slot);
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            if (++i == end) return false;
            boolean negativeExponent = false;
            if (b[i] == '-' || b[i] == '+') {
                negativeExponent = b[i] == '-';
                if (++i == end) return false;
            }
            int e = 0;
            for (; i < end; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) return false;
                if (e < 100_000) e = e * 10 + d; // beyond that the fallback gives 0 or infinity anyway
            }
            exponent += negativeExponent ? -e : e;
            slow |= e >= 100_000;
        }
        if (i != end) return false;
        double value;
        if (mantissa == 0 && !slow) {
            value = 0.0;
        } else if (!slow && mantissa < EXACT_MANTISSA_LIMIT && exponent >= -22 && exponent <= 22) {
            value = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        } else {
            // the syntax was checked above, so parseDouble cannot throw here
            value = Math.abs(Double.parseDouble(new String(b, off, end - off, StandardCharsets.ISO_8859_1)));
        }
        out[slot] = negative ? -value : value;
        return true;
    }

    private static boolean parseSpecial(byte[] b, int i, int end, boolean negative, double[] out, int slot) {
        if (equalsIgnoreCase(b, i, end, "nan")) {
            out[slot] = Double.NaN;
            return true;
        }
        if (equalsIgnoreCase(b, i, end, "inf") || equalsIgnoreCase(b, i, end, "infinity")) {
            out[slot] = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return true;
        }
        return false;
    }

    static boolean equalsIgnoreCase(byte[] b, int off, int end, String ascii) {
        if (end - off != ascii.length()) return false;
        for (int k = 0; k < ascii.length(); k++) {
            int c = b[off + k];
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            int t = ascii.charAt(k);
            if (t >= 'A' && t <= 'Z') t += 'a' - 'A';
            if (c != t) return false;
        }
        return true;
    }
}
