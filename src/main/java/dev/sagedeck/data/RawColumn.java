package dev.sagedeck.data;

import dev.sagedeck.data.CsvReader.FieldKind;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV column as loaded, before any preprocessing: either numbers ({@code float}, NaN =
 * missing) or text (a code per row into the column's dictionary, -1 = missing).
 *
 * <p>Number-looking values in a text column are keyed by their canonical form ({@code 1}, {@code
 * 1.0} and {@code 1e0} are the same key "1"), so a column that turns out to be text after a
 * thousand numeric rows keys those rows exactly as it would have from the start, and evaluation
 * keys them the same way again.
 */
final class RawColumn {
    /** How a column is read: decided by the data (training) or fixed by a saved preprocessing. */
    enum Mode { AUTO, NUMBER, TEXT }

    final String name;
    private Mode mode;
    private float[] numbers;
    private int[] codes;
    private ByteDictionary dictionary;
    private int size;
    private long missing;
    private long firstMissingLine = -1;
    private final ValueKinds kinds = new ValueKinds();

    RawColumn(String name, Mode mode, int capacity) {
        this.name = name;
        this.mode = mode;
        if (mode == Mode.TEXT) {
            codes = new int[capacity];
            dictionary = new ByteDictionary();
        } else {
            numbers = new float[capacity];
        }
    }

    /**
     * The column {@code pieces} (consecutive chunks of one file, in order) make together, exactly as
     * one sequential read would have made it: a column is text when any piece is, its codes follow
     * first appearance across the pieces. {@code lineShift[p]} turns piece p's lines into file lines.
     * Each piece's arrays are let go once copied.
     */
    static RawColumn concat(List<RawColumn> pieces, long[] lineShift, int rows) {
        RawColumn first = pieces.get(0);
        RawColumn out = new RawColumn(first.name, first.mode, 0);
        boolean text = false;
        for (RawColumn piece : pieces) text |= piece.isText();
        if (text) {
            out.numbers = null;
            out.codes = new int[Math.max(rows, 16)];
            out.dictionary = new ByteDictionary();
        } else {
            out.numbers = new float[rows];
        }
        for (int p = 0; p < pieces.size(); p++) {
            RawColumn piece = pieces.get(p);
            if (text) {
                out.appendCodes(piece);
            } else {
                System.arraycopy(piece.numbers, 0, out.numbers, out.size, piece.size);
            }
            out.size += piece.size;
            piece.numbers = null;
            piece.codes = null;
            piece.dictionary = null;
            if (out.firstMissingLine < 0 && piece.firstMissingLine >= 0) out.firstMissingLine = piece.firstMissingLine + lineShift[p];
            out.missing += piece.missing;
            out.kinds.add(piece.kinds, lineShift[p]);
        }
        return out;
    }

    /** Appends {@code piece}'s values as codes of this (text) column, keyed as {@link #switchToText} and {@link #accept} key them. */
    private void appendCodes(RawColumn piece) {
        int at = size;
        if (piece.codes == null) {
            for (int i = 0; i < piece.size; i++) {
                codes[at + i] = Float.isNaN(piece.numbers[i]) ? -1 : dictionary.code(canonical(piece.numbers[i]));
            }
            return;
        }
        int[] ours = new int[piece.dictionary.size()];
        for (int c = 0; c < ours.length; c++) ours[c] = dictionary.code(piece.dictionary.keyBytes(c)); // new keys in first-appearance order
        int[] theirs = piece.codes;
        for (int i = 0; i < piece.size; i++) codes[at + i] = theirs[i] < 0 ? -1 : ours[theirs[i]];
    }

    void accept(CsvReader reader, int field) {
        FieldKind kind = reader.kind(field);
        if (kind == FieldKind.MISSING) {
            missing++;
            if (firstMissingLine < 0) firstMissingLine = reader.line();
        }
        kinds.count(reader, field, kind);
        if (codes == null) {
            if (kind == FieldKind.TEXT) {
                if (mode == Mode.NUMBER) {
                    throw reader.errorAt(field, "column '" + name + "' holds text '" + reader.text(field)
                            + "' where a number is expected (it was numeric in the training data)");
                }
                switchToText();
            } else {
                if (size == numbers.length) numbers = Arrays.copyOf(numbers, grow(size));
                numbers[size++] = kind == FieldKind.MISSING ? Float.NaN : toFloat(reader, field);
                return;
            }
        }
        if (size == codes.length) codes = Arrays.copyOf(codes, grow(size));
        int code;
        if (kind == FieldKind.MISSING) {
            code = -1;
        } else if (kind == FieldKind.NUMBER) {
            code = dictionary.code(canonical(toFloat(reader, field)));
        } else {
            code = dictionary.code(reader.buffer(), reader.start(field), reader.end(field));
        }
        codes[size++] = code;
    }

    boolean isText() {
        return codes != null;
    }

    int size() {
        return size;
    }

    long missing() {
        return missing;
    }

    /** The first value that made this column text, for messages: control bytes escaped, cut to a readable length. */
    String firstText() {
        String text = kinds.firstText() != null ? kinds.firstText() : dictionary().isEmpty() ? "" : dictionary().get(0);
        return DataWarning.escaped(text, DataWarning.SHOWN_CHARS);
    }

    /**
     * The warning for a column the data made categorical although nearly all its values are numbers,
     * or null; a column whose mode a saved preprocessing fixed never warns (it was decided in training).
     */
    DataWarning typingWarning(boolean label) {
        return mode == Mode.AUTO && isText() ? DataWarning.numbersTurnedCategorical(name, kinds, label) : null;
    }

    /** The line of the first row with no value here, or -1. */
    long firstMissingLine() {
        return firstMissingLine;
    }

    /** The values (NaN = missing); the array may be longer than {@link #size()}. Numeric columns only. */
    float[] numbers() {
        return numbers;
    }

    /** Per-row codes (-1 = missing), valid up to {@link #size()}; converts a numeric column first. */
    int[] codes() {
        if (codes == null) switchToText();
        return codes;
    }

    /** The distinct texts in code order (first appearance); converts a numeric column first. */
    List<String> dictionary() {
        if (codes == null) switchToText();
        return dictionary.keys();
    }

    /** How many rows hold each code. */
    long[] counts() {
        int[] c = codes();
        long[] counts = new long[dictionary.size()];
        for (int i = 0; i < size; i++) {
            if (c[i] >= 0) counts[c[i]]++;
        }
        return counts;
    }

    /** The key a number gets when it appears among text: integers without ".0", others as float text. */
    static String canonical(float value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15f) return Long.toString((long) value);
        return Float.toString(value);
    }

    private void switchToText() {
        dictionary = new ByteDictionary();
        codes = new int[Math.max(numbers.length, 16)];
        for (int i = 0; i < size; i++) {
            codes[i] = Float.isNaN(numbers[i]) ? -1 : dictionary.code(canonical(numbers[i]));
        }
        numbers = null;
    }

    private float toFloat(CsvReader reader, int field) {
        float value = (float) reader.number(field);
        if (Float.isInfinite(value)) {
            throw reader.errorAt(field, "column '" + name + "' holds '" + reader.text(field).trim()
                    + "', which is infinite or too large for XGBoost (32-bit floats end near 3.4e38)");
        }
        return value;
    }

    private static int grow(int size) {
        long next = Math.max(16L, size + (size >> 1) + 1L);
        if (next > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("more rows than one column can hold (" + size + ")");
        return (int) next;
    }
}
