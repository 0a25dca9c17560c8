package dev.sagedeck.data;

import dev.sagedeck.data.RawColumn.Mode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The records of one stretch of a CSV file loaded into columns: the whole file for a sequential
 * read, one chunk of it for {@link ParallelCsv}. Knows where it started and stopped (file offsets
 * and lines) so chunks can be checked to meet exactly and their line numbers shifted.
 */
final class CsvPart {
    /** Columns by field index; null for a field that is not loaded. */
    final RawColumn[] byField;
    /** Missing values of the fields that are not loaded (the loaded ones count their own). */
    final long[] skippedMissing;
    final int rows;
    final long startOffset;
    final long endOffset;
    /** The line the first record starts on as this part's reader counted it, and the line after its last record. */
    final long startLine;
    final long endLine;

    private CsvPart(RawColumn[] byField, long[] skippedMissing, int rows, long startOffset, long endOffset, long startLine,
            long endLine) {
        this.byField = byField;
        this.skippedMissing = skippedMissing;
        this.rows = rows;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.startLine = startLine;
        this.endLine = endLine;
    }

    /**
     * Loads the records {@code reader} gives (up to its stop, if any): the fields {@code wanted}
     * names into columns, the others only counted when missing.
     */
    static CsvPart load(CsvReader reader, List<String> header, Map<String, Mode> wanted, int capacity) throws IOException {
        long startOffset = reader.offset();
        long startLine = reader.nextLine();
        int width = header.size();
        RawColumn[] byField = new RawColumn[width];
        for (int i = 0; i < width; i++) {
            Mode mode = wanted.get(header.get(i));
            if (mode != null) byField[i] = new RawColumn(header.get(i), mode, capacity);
        }
        long[] missing = new long[width];
        int rows = 0;
        while (reader.next()) {
            for (int i = 0; i < width; i++) {
                RawColumn column = byField[i];
                if (column != null) {
                    column.accept(reader, i);
                } else if (reader.isMissing(i)) {
                    missing[i]++;
                }
            }
            if (++rows == Integer.MAX_VALUE) throw new IllegalArgumentException(reader.source() + ": more than 2^31 rows");
        }
        return new CsvPart(byField, missing, rows, startOffset, reader.offset(), startLine, reader.nextLine());
    }
}
