package dev.sagedeck.data;

import java.util.Locale;

/**
 * Something in the data that loads without an error but is probably not what the user meant, as a
 * value: a column of numbers with a few values that are not numbers (a stray NUL byte, a "n/a" that
 * is no missing-value token) silently becomes a categorical column, and the model then learns a code
 * per distinct number instead of the number. {@link #message()} is one line for a log or a check.
 *
 * @param column     the column's name
 * @param notNumbers how many values are not numbers
 * @param present    how many values are there at all (missing ones not counted)
 * @param firstLine  the file line of the first value that is not a number
 * @param firstValue that value, as read
 * @param label      the column is the label: its values become class names rather than category codes
 */
public record DataWarning(String column, long notNumbers, long present, long firstLine, String firstValue, boolean label) {
    /**
     * A column counts as numbers with a few strays when at least this share of its values are
     * numbers: Titanic's Ticket (74 % numbers) stays a categorical column without a word, a column
     * of ages with three bad values of 713 is warned about.
     */
    static final double MOSTLY_NUMBERS = 0.9;
    /** Longest piece of a stray value a message shows. */
    static final int SHOWN_CHARS = 40;

    /** The warning for a column read as text because of a few stray values, or null when it is text through and through. */
    static DataWarning numbersTurnedCategorical(String column, ValueKinds kinds, boolean label) {
        long present = kinds.numbers() + kinds.texts();
        if (kinds.texts() == 0 || kinds.numbers() < MOSTLY_NUMBERS * present) {
            return null;
        }
        return new DataWarning(column, kinds.texts(), present, kinds.firstTextLine(), kinds.firstText(), label);
    }

    /** One line, its control bytes escaped: "column Age: 3 of 713 values are not numbers (the first on line 12: '31\0'), so ...". */
    public String message() {
        String name = escaped(column, SHOWN_CHARS);
        String value = escaped(firstValue, SHOWN_CHARS);
        String fate = label ? "so the label's values are read as class names; fix " + (notNumbers == 1 ? "that value" : "those values")
                : "so the column is treated as categorical; fix " + (notNumbers == 1 ? "that value" : "those values")
                        + " or leave the column out (--drop " + name + ")";
        if (notNumbers == 1) {
            return String.format(Locale.ROOT, "column %s: 1 of %d values is not a number (line %d: '%s'), %s", name, present, firstLine, value, fate);
        }
        return String.format(Locale.ROOT, "column %s: %d of %d values are not numbers (the first on line %d: '%s'), %s",
                name, notNumbers, present, firstLine, value, fate);
    }

    /**
     * {@code text} with every control character, DEL, C1 control and bidi/format character written
     * as an escape ({@code \0}, {@code \t}, {@code \x1b}, {@code \u202e}), a backslash doubled, and
     * cut after {@code max} characters: a stray byte becomes visible instead of acting on a terminal.
     */
    static String escaped(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int shown = Math.min(text.length(), max);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                out.append("\\0");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i)); // a whole emoji is text, not a stray byte
            } else if (Character.getType(c) == Character.FORMAT || Character.isSurrogate(c) || c == '\uFFFD') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > max) {
            out.append("...");
        }
        return out.toString();
    }
}
