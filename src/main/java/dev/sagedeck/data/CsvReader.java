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

    private final InputStream in;
    private final String source;
    private final int maxRecordBytes;
    private byte[] buf;
    private int limit;
    private int pos;
    private boolean eof;
    private long line = 1;
    private int lineStart;

    private int recStart;
    private long recLine;
    private int nFields;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int[] fieldPos = new int[32];
    private int[] fieldLineStart = new int[32];
    private long[] fieldLine = new long[32];
    private boolean[] quoted = new boolean[32];
    private byte[] kinds = new byte[32];
    private double[] numbers = new double[32];

    private final List<String> header;
    private boolean firstRecordPending;

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
        this.in = in;
        this.source = source;
        this.maxRecordBytes = maxRecordBytes;
        this.buf = new byte[Math.max(16, bufferSize)];
        this.header = readHeader(headerless);
        this.firstRecordPending = headerless;
    }

    /** The header's column names, in file order. */
    public List<String> header() {
        return header;
    }

    /** The name used in messages (the file name). */
    public String source() {
        return source;
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
        while (parseRecord()) {
            if (isBlankLine()) continue;
            if (nFields != header.size()) throw widthError();
            return true;
        }
        return false;
    }

    /** Number of fields in the current record (always the header's width after {@link #next()}). */
    public int fieldCount() {
        return nFields;
    }

    /** The line the current record starts on (the header is line 1). */
    public long line() {
        return recLine;
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
        return new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    // Byte-level access for fast consumers in this package (valid until the next call to next()).
    byte[] buffer() {
        return buf;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    /** An error positioned at the start of {@code field} of the current record. */
    public CsvFormatException errorAt(int field, String problem) {
        return new CsvFormatException(source, fieldLine[field], column(fieldLineStart[field], fieldPos[field]), problem);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private List<String> readHeader(boolean headerless) throws IOException {
        fill();
        if (limit >= 2 && (buf[0] & 0xff) == 0x1f && (buf[1] & 0xff) == 0x8b) {
            throw new CsvFormatException(source, 1, 0, "this is a gzip-compressed file, not a CSV; decompress it first (gunzip)");
        }
        if (limit >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
            lineStart = 3;
        }
        do {
            if (!parseRecord()) {
                throw new CsvFormatException(source, 1, 0, headerless ? "the file is empty" : "the file is empty; expected a header row");
            }
        } while (isBlankLine());
        List<String> names = new ArrayList<>(nFields);
        if (headerless) {
            for (int i = 0; i < nFields; i++) names.add("c" + (i + 1));
            return Collections.unmodifiableList(names);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < nFields; i++) {
            for (int k = starts[i]; k < ends[i]; k++) {
                if (buf[k] == 0) throw errorAt(i, "the header holds a NUL byte; this does not look like a text CSV file");
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
        return nFields == 1 && starts[0] == ends[0] && !quoted[0];
    }

    private CsvFormatException widthError() {
        String problem = "row has " + nFields + " field" + (nFields == 1 ? "" : "s") + " but the header has " + header.size();
        if (nFields > header.size()) return errorAt(header.size(), problem + " (an unquoted comma in a value?)");
        return new CsvFormatException(source, recLine, 0, problem);
    }

    private byte classify(int field) {
        int s = starts[field];
        int e = ends[field];
        byte k;
        if (NumberParser.parse(buf, s, e, numbers, field)) {
            k = Double.isNaN(numbers[field]) ? (byte) (FieldKind.MISSING.ordinal() + 1) : (byte) (FieldKind.NUMBER.ordinal() + 1);
        } else if (isBlank(s, e) || MissingTokens.matches(buf, s, e)) {
            k = (byte) (FieldKind.MISSING.ordinal() + 1);
        } else {
            k = (byte) (FieldKind.TEXT.ordinal() + 1);
        }
        kinds[field] = k;
        return k;
    }

    private boolean isBlank(int s, int e) {
        for (int k = s; k < e; k++) {
            if (buf[k] != ' ' && buf[k] != '\t') return false;
        }
        return true;
    }

    /** Parses one physical record starting at {@code pos}; false when no bytes are left. */
    private boolean parseRecord() throws IOException {
        recStart = pos;
        if (!ensureByte()) return false;
        recStart = pos;
        recLine = line;
        nFields = 0;
        for (;;) {
            if (!ensureByte()) { // the input ends right after a comma: an empty last field
                addField(pos, pos, pos, line, lineStart, false);
                return true;
            }
            int first = pos;
            if (buf[pos] == '"') {
                long openLine = line;
                int openLineStart = lineStart;
                int start = ++pos;
                int write = pos;
                for (;;) {
                    while (pos >= limit) {
                        int shift = fill();
                        if (shift < 0) {
                            throw new CsvFormatException(source, openLine, column(openLineStart, first),
                                    "unterminated quoted field (no closing quote before the end of the file)");
                        }
                        start -= shift;
                        write -= shift;
                        first -= shift;
                        openLineStart -= shift;
                    }
                    byte c = buf[pos];
                    if (c == '"') {
                        while (pos + 1 >= limit) {
                            int shift = fill();
                            if (shift < 0) break;
                            if (shift > 0) {
                                start -= shift;
                                write -= shift;
                                first -= shift;
                                openLineStart -= shift;
                            }
                        }
                        if (pos + 1 < limit && buf[pos + 1] == '"') {
                            buf[write++] = '"';
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    if (c == '\n') {
                        line++;
                        lineStart = pos + 1;
                    }
                    buf[write++] = c;
                    pos++;
                }
                addField(start, write, first, openLine, openLineStart, true);
                if (!ensureByte()) return true;
                byte c = buf[pos];
                if (c == ',') {
                    pos++;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    endLine(c);
                    return true;
                }
                throw new CsvFormatException(source, line, column(lineStart, pos),
                        "unexpected " + describe(c) + " after the closing quote of a quoted field; a quote inside a quoted field must be doubled (\"\")");
            }
            int start = pos;
            for (;;) {
                while (pos >= limit) {
                    int shift = fill();
                    if (shift < 0) {
                        addField(start, pos, start, line, lineStart, false);
                        return true;
                    }
                    start -= shift;
                }
                byte c = buf[pos];
                if (c > ',') { // fast path: every delimiter byte is <= ','
                    pos++;
                    continue;
                }
                if (c == ',') {
                    addField(start, pos, start, line, lineStart, false);
                    pos++;
                    break;
                }
                if (c == '\n' || c == '\r') {
                    addField(start, pos, start, line, lineStart, false);
                    endLine(c);
                    return true;
                }
                pos++;
            }
        }
    }

    /** Consumes a line ending at {@code pos} (LF, CRLF or a lone CR). */
    private void endLine(byte c) throws IOException {
        pos++;
        if (c == '\r' && ensureByte() && buf[pos] == '\n') {
            pos++;
        }
        line++;
        lineStart = pos;
    }

    /** True when a byte is available at {@code pos} (refilling as needed), false at the end. */
    private boolean ensureByte() throws IOException {
        while (pos >= limit) {
            if (fill() < 0) return false;
        }
        return true;
    }

    private void addField(int start, int end, int first, long fieldLineNo, int lineStartIdx, boolean wasQuoted) {
        if (nFields == starts.length) grow();
        int i = nFields++;
        starts[i] = start;
        ends[i] = end;
        fieldPos[i] = first;
        fieldLine[i] = fieldLineNo;
        fieldLineStart[i] = lineStartIdx;
        quoted[i] = wasQuoted;
        kinds[i] = UNKNOWN;
    }

    private void grow() {
        int n = starts.length * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        fieldPos = Arrays.copyOf(fieldPos, n);
        fieldLineStart = Arrays.copyOf(fieldLineStart, n);
        fieldLine = Arrays.copyOf(fieldLine, n);
        quoted = Arrays.copyOf(quoted, n);
        kinds = Arrays.copyOf(kinds, n);
        numbers = Arrays.copyOf(numbers, n);
    }

    /**
     * Makes more bytes available after {@code limit}, keeping the current record (from
     * {@code recStart}) in the buffer: moves it to the front, grows the buffer when the record
     * fills it. Returns how far indexes moved left, or -1 at the end of the input.
     */
    private int fill() throws IOException {
        if (eof) return -1;
        int shift = recStart;
        if (shift > 0) {
            System.arraycopy(buf, shift, buf, 0, limit - shift);
            limit -= shift;
            pos -= shift;
            recStart = 0;
            lineStart -= shift;
            for (int i = 0; i < nFields; i++) {
                starts[i] -= shift;
                ends[i] -= shift;
                fieldPos[i] -= shift;
                fieldLineStart[i] -= shift;
            }
        }
        if (limit == buf.length) {
            if (buf.length >= maxRecordBytes) {
                throw new CsvFormatException(source, recLine, 0, "a single record is longer than " + (maxRecordBytes >> 20)
                        + " MiB; this is usually a quote that is never closed");
            }
            buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxRecordBytes));
        }
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return shift > 0 ? shift : -1;
        }
        limit += n;
        return shift;
    }

    /** 1-based character column of byte index {@code at} on the line starting at {@code from}. */
    private int column(int from, int at) {
        int col = 1;
        for (int k = Math.max(0, from); k < at && k < limit; k++) {
            if ((buf[k] & 0xC0) != 0x80) col++; // count UTF-8 lead bytes, not continuation bytes
        }
        return col;
    }

    private static String describe(byte c) {
        if (c >= 0x20 && c < 0x7f) return "character '" + (char) c + "'";
        return String.format("byte 0x%02X", c & 0xff);
    }
}
