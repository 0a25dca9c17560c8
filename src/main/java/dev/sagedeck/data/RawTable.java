package dev.sagedeck.data;

import dev.sagedeck.data.RawColumn.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A CSV file loaded column by column: the columns a plan asked for (others are skipped, only
 * their missing values counted), with the row count and the missing values of every column.
 */
final class RawTable {
    final String source;
    final List<String> header;
    final int rows;
    final Map<String, RawColumn> columns;
    final long[] missingPerColumn;
    /** How many chunks were read in parallel and merged (1: read sequentially). */
    final int parts;

    private RawTable(String source, List<String> header, int rows, Map<String, RawColumn> columns, long[] missing, int parts) {
        this.parts = parts;
        this.source = source;
        this.header = header;
        this.rows = rows;
        this.columns = columns;
        this.missingPerColumn = missing;
    }

    /**
     * Reads {@code file}; {@code plan} sees the header and answers which columns to load and how
     * (it may throw to reject the file, e.g. for a missing label column). A large file is read in
     * chunks on all cores when the machine has more than one ({@link ParallelCsv}); the table is
     * the same either way.
     */
    static RawTable read(Path file, boolean headerless, Function<List<String>, Map<String, Mode>> plan) {
        return read(file, headerless, plan, ParallelCsv.Chunking.forThisMachine());
    }

    static RawTable read(Path file, boolean headerless, Function<List<String>, Map<String, Mode>> plan, ParallelCsv.Chunking chunking) {
        if (Files.isDirectory(file)) throw new IllegalArgumentException(file + " is a directory, not a CSV file");
        try (CsvReader reader = headerless ? CsvReader.openHeaderless(file) : CsvReader.open(file)) {
            Map<String, Mode> wanted = plan.apply(reader.header());
            long size = Files.size(file);
            long[] starts = ParallelCsv.splits(file, reader.offset(), size, chunking.chunks(size));
            if (starts.length > 1) {
                RawTable table = ParallelCsv.read(file, reader, wanted, starts, chunking.threads());
                if (table != null) return table;
                // A later chunk failed: the sequential read says why, with the line, as it always did.
                try (CsvReader again = headerless ? CsvReader.openHeaderless(file) : CsvReader.open(file)) {
                    return sequential(again, wanted, size);
                }
            }
            return sequential(reader, wanted, size);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static RawTable sequential(CsvReader reader, Map<String, Mode> wanted, long fileSize) throws IOException {
        CsvPart part = CsvPart.load(reader, reader.header(), wanted, capacityFor(fileSize));
        return of(reader.source(), reader.header(), part.rows, part.byField, part.skippedMissing, 1);
    }

    /** A first guess at a column's length for {@code bytes} of CSV (arrays grow from there). */
    static int capacityFor(long bytes) {
        return (int) Math.min(1 << 20, Math.max(16, bytes / 64));
    }

    /** The table of loaded columns {@code byField} (null = not loaded); {@code missing} counts the others. */
    static RawTable of(String source, List<String> header, int rows, RawColumn[] byField, long[] missing, int parts) {
        Map<String, RawColumn> columns = new LinkedHashMap<>();
        for (int i = 0; i < byField.length; i++) {
            if (byField[i] != null) {
                columns.put(header.get(i), byField[i]);
                missing[i] = byField[i].missing();
            }
        }
        return new RawTable(source, header, rows, columns, missing, parts);
    }

    RawColumn column(String name) {
        RawColumn column = columns.get(name);
        if (column == null) throw new IllegalStateException("column '" + name + "' was not loaded from " + source);
        return column;
    }

    /** The columns the data made categorical although nearly all their values are numbers, in file order. */
    List<DataWarning> typingWarnings(String label) {
        List<DataWarning> out = new java.util.ArrayList<>();
        for (RawColumn column : columns.values()) {
            DataWarning w = column.typingWarning(column.name.equals(label));
            if (w != null) out.add(w);
        }
        return List.copyOf(out);
    }

    /** Missing values per header column, in file order. */
    Map<String, Long> missingByColumn() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) out.put(header.get(i), missingPerColumn[i]);
        return out;
    }
}
