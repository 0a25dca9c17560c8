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

    private RawTable(String source, List<String> header, int rows, Map<String, RawColumn> columns, long[] missing) {
        this.source = source;
        this.header = header;
        this.rows = rows;
        this.columns = columns;
        this.missingPerColumn = missing;
    }

    /**
     * Reads {@code file}; {@code plan} sees the header and answers which columns to load and how
     * (it may throw to reject the file, e.g. for a missing label column).
     */
    static RawTable read(Path file, boolean headerless, Function<List<String>, Map<String, Mode>> plan) {
        if (Files.isDirectory(file)) throw new IllegalArgumentException(file + " is a directory, not a CSV file");
        try (CsvReader reader = headerless ? CsvReader.openHeaderless(file) : CsvReader.open(file)) {
            return read(reader, plan, Math.max(16, Files.size(file) / 64));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static RawTable read(CsvReader reader, Function<List<String>, Map<String, Mode>> plan, long sizeHint) throws IOException {
        List<String> header = reader.header();
        Map<String, Mode> wanted = plan.apply(header);
        int width = header.size();
        RawColumn[] byField = new RawColumn[width];
        Map<String, RawColumn> columns = new LinkedHashMap<>();
        int capacity = (int) Math.min(1 << 20, sizeHint);
        for (int i = 0; i < width; i++) {
            Mode mode = wanted.get(header.get(i));
            if (mode != null) {
                byField[i] = new RawColumn(header.get(i), mode, capacity);
                columns.put(header.get(i), byField[i]);
            }
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
        for (int i = 0; i < width; i++) {
            if (byField[i] != null) missing[i] = byField[i].missing();
        }
        return new RawTable(reader.source(), header, rows, columns, missing);
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
