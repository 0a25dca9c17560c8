package dev.sagedeck.data;

import dev.sagedeck.data.CsvReader.FieldKind;

/**
 * What one column's values turned out to be: how many numbers, how many texts, and the first text
 * with its line. Column typing rests on these counts, and so do the warnings about it, whether the
 * column is being loaded or only scanned.
 */
final class ValueKinds {
    private long numbers;
    private long texts;
    private long firstTextLine = -1;
    private String firstText;

    /** Counts the current record's {@code field}, already classified as {@code kind}. */
    void count(CsvReader reader, int field, FieldKind kind) {
        if (kind == FieldKind.NUMBER) {
            numbers++;
        } else if (kind == FieldKind.TEXT) {
            if (texts++ == 0) {
                firstText = reader.text(field);
                firstTextLine = reader.line();
            }
        }
    }

    /** Adds the counts of the next stretch of the same column, whose lines are {@code lineShift} short of the file's. */
    void add(ValueKinds next, long lineShift) {
        if (texts == 0 && next.texts > 0) {
            firstText = next.firstText;
            firstTextLine = next.firstTextLine + lineShift;
        }
        numbers += next.numbers;
        texts += next.texts;
    }

    long numbers() {
        return numbers;
    }

    long texts() {
        return texts;
    }

    /** The first value that was not a number (and not a missing-value token), or null. */
    String firstText() {
        return firstText;
    }

    /** The file line of {@link #firstText()}, or -1. */
    long firstTextLine() {
        return firstTextLine;
    }
}
