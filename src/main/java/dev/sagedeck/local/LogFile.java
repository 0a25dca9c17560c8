package dev.sagedeck.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a job's log file by byte offset: the last N lines to open a pane, then everything after
 * an offset. Only whole lines are returned while the run may still write (a line being written is
 * left for the next read); once the run is over the last unterminated line is returned too. Bytes
 * are decoded as UTF-8 (bad bytes become U+FFFD); control characters are kept as data.
 */
final class LogFile {
    static final int MAX_READ_BYTES = 4 * 1024 * 1024;
    private static final int BLOCK = 64 * 1024;

    /** Lines read, the offset to read from next, and whether earlier lines were left out. */
    record Read(List<String> lines, long next, boolean earlierOmitted, long size) {}

    private LogFile() {}

    /** The last {@code maxLines} lines (at most {@link #MAX_READ_BYTES} of them). */
    static Read tail(Path file, int maxLines, boolean runOver) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long end = runOver ? size : endOfLastLine(ch, size);
            long begin = startOfLastLines(ch, end, maxLines);
            byte[] bytes = read(ch, begin, (int) (end - begin));
            return new Read(split(bytes, runOver && end == size), end, begin > 0, size);
        } catch (NoSuchFileException e) {
            return new Read(List.of(), 0, false, 0);
        }
    }

    /** The lines from byte {@code offset} on; fails when the offset is beyond the file (not a token we gave). */
    static Read from(Path file, long offset, boolean runOver) throws IOException {
        if (!Files.exists(file) && offset == 0) {
            return new Read(List.of(), 0, false, 0);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (offset > size) {
                throw new IllegalArgumentException("log offset %d is beyond the end of %s (%d bytes)".formatted(offset, file, size));
            }
            int want = (int) Math.min(MAX_READ_BYTES, size - offset);
            byte[] bytes = read(ch, offset, want);
            int use = bytes.length;
            boolean includePartial = runOver && offset + want == size;
            if (!includePartial) {
                int lastNewline = lastIndexOf(bytes, (byte) '\n');
                // A single line longer than the read limit is returned in pieces rather than never.
                use = lastNewline >= 0 ? lastNewline + 1 : (want == MAX_READ_BYTES ? want : 0);
            }
            byte[] used = use == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, use);
            return new Read(split(used, includePartial), offset + use, false, size);
        }
    }

    private static long endOfLastLine(FileChannel ch, long size) throws IOException {
        long pos = size;
        while (pos > 0) {
            int n = (int) Math.min(BLOCK, pos);
            pos -= n;
            int i = lastIndexOf(read(ch, pos, n), (byte) '\n');
            if (i >= 0) {
                return pos + i + 1;
            }
            if (size - pos >= MAX_READ_BYTES) {
                return size; // an unterminated giant line: show what there is
            }
        }
        return 0;
    }

    /** Offset where the last {@code maxLines} lines before {@code end} begin. */
    private static long startOfLastLines(FileChannel ch, long end, int maxLines) throws IOException {
        long pos = end;
        int newlines = 0;
        while (pos > 0) {
            int n = (int) Math.min(BLOCK, pos);
            pos -= n;
            byte[] block = read(ch, pos, n);
            for (int i = n - 1; i >= 0; i--) {
                long at = pos + i;
                if (block[i] == '\n' && at != end - 1 && ++newlines == maxLines) {
                    return at + 1;
                }
            }
            if (end - pos >= MAX_READ_BYTES) {
                long cut = end - MAX_READ_BYTES;
                return cut; // too many bytes for one pane: the first line shown may be cut
            }
        }
        return 0;
    }

    private static byte[] read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            int n = ch.read(buf, position + buf.position());
            if (n < 0) {
                break;
            }
        }
        return buf.position() == length ? buf.array() : java.util.Arrays.copyOf(buf.array(), buf.position());
    }

    private static List<String> split(byte[] bytes, boolean keepUnterminated) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(line(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length && (keepUnterminated || lines.isEmpty())) {
            lines.add(line(bytes, start, bytes.length));
        }
        return lines;
    }

    /** One line without its terminator; a CR right before the LF belongs to the terminator (CRLF). */
    private static String line(byte[] bytes, int from, int to) {
        int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
        return new String(bytes, from, end - from, StandardCharsets.UTF_8);
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
