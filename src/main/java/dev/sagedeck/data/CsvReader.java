package dev.sagedeck.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a CSV file (RFC 4180 plus what real files do) one record at a time: a header row, quoted
 * fields holding commas, doubled quotes and newlines, CRLF or LF, an optional UTF-8 BOM, blank
 * lines skipped. Bytes are read in large blocks and fields are handed out as byte ranges, so
 * nothing holds the whole file and most fields never become Strings.
 *
 * <p>Every record must have as many fields as the header. Problems are reported as
 * {@link CsvFormatException} with the file, line and column.
 */
public final class CsvReader implements Closeable {
    static final int DEFAULT_BUFFER = 1 << 20;
    static final int MAX_RECORD_BYTES = 64 << 20;

    /** What a field holds, decided on first look and cached for the record. */
    public enum FieldKind { MISSING, NUMBER, TEXT }

    private static final byte UNKNOWN = 0;
    private static final FieldKind[] KINDS = FieldKind.values();

    private final CsvScanner scan;
    private byte[] kinds = new byte[32];
    private double[] numbers = new double[32];

    private final List<String> header;
    private boolean firstRecordPending;
    private long stopAt = Long.MAX_VALUE;

    /** Opens {@code file} and reads its header row; messages name the file by its file name. */
    public static CsvReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new CsvReader(in, file.getFileName().toString(), DEFAULT_BUFFER, MAX_RECORD_BYTES);
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens a file with no header row (SageMaker's built-in algorithms read CSV that way): the
     * columns are named {@code c1, c2, ...} and the first line is data.
     */
    public static CsvReader openHeaderless(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new CsvReader(in, file.getFileName().toString(), DEFAULT_BUFFER, MAX_RECORD_BYTES, true);
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    /** Reads from {@code in} (closed by {@link #close()}); {@code source} names it in messages. */
    public CsvReader(InputStream in, String source) throws IOException {
        this(in, source, DEFAULT_BUFFER, MAX_RECORD_BYTES, false);
    }

    CsvReader(InputStream in, String source, int bufferSize, int maxRecordBytes) throws IOException {
        this(in, source, bufferSize, maxRecordBytes, false);
    }

    CsvReader(InputStream in, String source, int bufferSize, int maxRecordBytes, boolean headerless) throws IOException {
        this.scan = new CsvScanner(in, source, bufferSize, maxRecordBytes);
        this.header = readHeader(headerless);
        this.firstRecordPending = headerless;
    }

    /**
     * A reader of the records from file offset {@code offset} on, which must be where a record
     * starts; {@code header} is the file's (read by another reader). Lines count from 1 here.
     */
    static CsvReader part(InputStream in, String source, List<String> header, long offset) {
        return new CsvReader(CsvScanner.at(in, source, offset, DEFAULT_BUFFER, MAX_RECORD_BYTES), header);
    }

    private CsvReader(CsvScanner scan, List<String> header) {
        this.scan = scan;
        this.header = header;
    }

    /** From now on {@link #next()} ends at the first record that would start at or after file offset {@code offset}. */
    void stopAt(long offset) {
        stopAt = offset;
    }

    /** The file offset where the next record starts. */
    long offset() {
        return scan.offset();
    }

    /** The line the next record starts on. */
    long nextLine() {
        return scan.line();
    }

    /** The header's column names, in file order. */
    public List<String> header() {
        return header;
    }

    /** The name used in messages (the file name). */
    public String source() {
        return scan.source;
    }

    /**
     * Moves to the next record.
     *
     * @return false at the end of the file
     * @throws CsvFormatException when the record is malformed or has the wrong number of fields
     */
    public boolean next() throws IOException {
        if (firstRecordPending) { // a headerless file's first record was parsed while opening
            firstRecordPending = false;
            return true;
        }
        while (scan.offset() < stopAt && scan.parseRecord()) {
            if (isBlankLine()) continue;
            if (scan.nFields != header.size()) throw widthError();
            resetKinds();
            return true;
        }
        return false;
    }

    /** Number of fields in the current record (always the header's width after {@link #next()}). */
    public int fieldCount() {
        return scan.nFields;
    }

    /** The line the current record starts on (the header is line 1). */
    public long line() {
        return scan.recLine;
    }

    public FieldKind kind(int field) {
        byte k = kinds[field];
        if (k == UNKNOWN) k = classify(field);
        return KINDS[k - 1];
    }

    public boolean isMissing(int field) {
        return kind(field) == FieldKind.MISSING;
    }

    /** The field's numeric value, or NaN unless {@link #kind} is {@code NUMBER}. */
    public double number(int field) {
        return kind(field) == FieldKind.NUMBER ? numbers[field] : Double.NaN;
    }

    /** The field's text, UTF-8 decoded, quotes removed and doubled quotes undoubled. */
    public String text(int field) {
        return new String(scan.buf, scan.starts[field], scan.ends[field] - scan.starts[field], StandardCharsets.UTF_8);
    }

    // Byte-level access for fast consumers in this package (valid until the next call to next()).
    byte[] buffer() {
        return scan.buf;
    }

    int start(int field) {
        return scan.starts[field];
    }

    int end(int field) {
        return scan.ends[field];
    }

    /** An error positioned at the start of {@code field} of the current record. */
    public CsvFormatException errorAt(int field, String problem) {
        return scan.errorAt(field, problem);
    }

    @Override
    public void close() throws IOException {
        scan.close();
    }

    private List<String> readHeader(boolean headerless) throws IOException {
        scan.start();
        do {
            if (!scan.parseRecord()) {
                throw new CsvFormatException(scan.source, 1, 0, headerless ? "the file is empty" : "the file is empty; expected a header row");
            }
        } while (isBlankLine());
        resetKinds();
        int nFields = scan.nFields;
        List<String> names = new ArrayList<>(nFields);
        if (headerless) {
            for (int i = 0; i < nFields; i++) names.add("c" + (i + 1));
            return Collections.unmodifiableList(names);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < nFields; i++) {
            for (int k = scan.starts[i]; k < scan.ends[i]; k++) {
                if (scan.buf[k] == 0) throw errorAt(i, "the header holds a NUL byte; this does not look like a text CSV file");
            }
            int bad = Utf8.firstInvalid(scan.buf, scan.starts[i], scan.ends[i]);
            if (bad >= 0) {
                throw scan.errorAtByte(i, bad, "the header is not valid UTF-8 (%s in column name %d); save the file as UTF-8"
                        .formatted(String.format("byte 0x%02X", scan.buf[bad] & 0xff), i + 1));
            }
            String name = text(i);
            Integer before = seen.put(name, i);
            if (before != null) {
                throw errorAt(i, "duplicate column name '" + name + "' (columns " + (before + 1) + " and " + (i + 1) + ")");
            }
            names.add(name);
        }
        return Collections.unmodifiableList(names);
    }

    private boolean isBlankLine() {
        return scan.nFields == 1 && scan.starts[0] == scan.ends[0] && !scan.quoted[0];
    }

    private CsvFormatException widthError() {
        int n = scan.nFields;
        String problem = "row has " + n + " field" + (n == 1 ? "" : "s") + " but the header has " + header.size();
        if (n > header.size()) return errorAt(header.size(), problem + " (an unquoted comma in a value?)");
        return new CsvFormatException(scan.source, scan.recLine, 0, problem);
    }

    private byte classify(int field) {
        byte[] buf = scan.buf;
        int s = scan.starts[field];
        int e = scan.ends[field];
        byte k;
        if (NumberParser.parse(buf, s, e, numbers, field)) {
            k = Double.isNaN(numbers[field]) ? (byte) (FieldKind.MISSING.ordinal() + 1) : (byte) (FieldKind.NUMBER.ordinal() + 1);
        } else if (isBlank(buf, s, e) || MissingTokens.matches(buf, s, e)) {
            k = (byte) (FieldKind.MISSING.ordinal() + 1);
        } else {
            k = (byte) (FieldKind.TEXT.ordinal() + 1);
        }
        kinds[field] = k;
        return k;
    }

    /** Forgets the previous record's field kinds; sized for the widest record so far. */
    private void resetKinds() {
        int n = scan.nFields;
        if (n > kinds.length) {
            kinds = new byte[Math.max(n, kinds.length * 2)];
            numbers = new double[kinds.length];
        } else {
            Arrays.fill(kinds, 0, n, UNKNOWN);
        }
    }

    private static boolean isBlank(byte[] buf, int s, int e) {
        for (int k = s; k < e; k++) {
            if (buf[k] != ' ' && buf[k] != '\t') return false;
        }
        return true;
    }

}
