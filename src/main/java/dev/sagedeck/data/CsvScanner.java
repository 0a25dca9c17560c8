package dev.sagedeck.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The byte level of {@link CsvReader}: reads large blocks, splits them into records and fields
 * (quotes removed and doubled quotes undoubled in place), keeps each field's byte range and where
 * it started (line and column) for messages. A record always stays whole in the buffer; the buffer
 * grows for a long record up to a cap, so a never-closed quote cannot eat all memory.
 */
final class CsvScanner {
    final String source;
    private final InputStream in;
    private final int maxRecordBytes;
    byte[] buf;
    private int limit;
    int pos;
    private boolean eof;
    private long base; // file offset of buf[0]
    private long line = 1;
    private int lineStart;

    private int recStart;
    long recLine;
    int nFields;
    int[] starts = new int[32];
    int[] ends = new int[32];
    private int[] fieldPos = new int[32];
    private int[] fieldLineStart = new int[32];
    private long[] fieldLine = new long[32];
    boolean[] quoted = new boolean[32];

    CsvScanner(InputStream in, String source, int bufferSize, int maxRecordBytes) {
        this.in = in;
        this.source = source;
        this.maxRecordBytes = maxRecordBytes;
        this.buf = new byte[Math.max(16, bufferSize)];
    }

    /**
     * A scanner for part of a file: {@code in} is positioned at file offset {@code offset}, where a
     * record is expected to start, and its lines are counted from 1 (the caller knows the shift).
     */
    static CsvScanner at(InputStream in, String source, long offset, int bufferSize, int maxRecordBytes) {
        CsvScanner scan = new CsvScanner(in, source, bufferSize, maxRecordBytes);
        scan.base = offset;
        return scan;
    }

    /** The file offset where the next record starts (right after the last one parsed). */
    long offset() {
        return base + pos;
    }

    /** The line the next record starts on. */
    long line() {
        return line;
    }

    /** Reads the first block and skips a UTF-8 byte order mark; rejects gzip data. */
    void start() throws IOException {
        fill();
        if (limit >= 2 && (buf[0] & 0xff) == 0x1f && (buf[1] & 0xff) == 0x8b) {
            throw new CsvFormatException(source, 1, 0, "this is a gzip-compressed file, not a CSV; decompress it first (gunzip)");
        }
        if (limit >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
            lineStart = 3;
        }
    }

    /** An error positioned at the start of {@code field} of the current record. */
    CsvFormatException errorAt(int field, String problem) {
        return new CsvFormatException(source, fieldLine[field], column(fieldLineStart[field], fieldPos[field]), problem);
    }

    /** An error at byte {@code at} inside {@code field} (its column counted in characters). */
    CsvFormatException errorAtByte(int field, int at, String problem) {
        return new CsvFormatException(source, fieldLine[field], column(fieldLineStart[field], at), problem);
    }

    void close() throws IOException {
        in.close();
    }

    /** Parses one physical record starting at {@code pos}; false when no bytes are left. */
    boolean parseRecord() throws IOException {
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
    }

    private void grow() {
        int n = starts.length * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        fieldPos = Arrays.copyOf(fieldPos, n);
        fieldLineStart = Arrays.copyOf(fieldLineStart, n);
        fieldLine = Arrays.copyOf(fieldLine, n);
        quoted = Arrays.copyOf(quoted, n);
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
            base += shift;
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
