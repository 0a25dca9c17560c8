package dev.sagedeck.data;

/**
 * A CSV file that cannot be read as written; the message starts with {@code file:line:column:}
 * (or {@code file:line:} when no column applies) so an editor can jump to the spot.
 */
public final class CsvFormatException extends IllegalArgumentException {
    private final String file;
    private final long line;
    private final int column;

    public CsvFormatException(String file, long line, int column, String problem) {
        super(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** 1-based physical line (the header is line 1). */
    public long line() {
        return line;
    }

    /** 1-based character column, or 0 when the problem concerns the whole line. */
    public int column() {
        return column;
    }
}
