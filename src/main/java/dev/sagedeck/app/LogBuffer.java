package dev.sagedeck.app;

import dev.sagedeck.domain.LogLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable, bounded log: appending returns a new buffer that shares all full chunks with the
 * old one, so a burst of lines costs a copy of the last chunk, not of the whole log. When the cap
 * is passed, the oldest whole chunks are dropped and counted in {@link #dropped()}.
 */
public final class LogBuffer {
    static final int CHUNK = 4096;
    private static final LogLine[][] NO_CHUNKS = new LogLine[0][];

    private final LogLine[][] chunks;
    private final int size;
    private final long dropped;
    private final int cap;

    private LogBuffer(LogLine[][] chunks, int size, long dropped, int cap) {
        this.chunks = chunks;
        this.size = size;
        this.dropped = dropped;
        this.cap = cap;
    }

    /** An empty buffer keeping at most {@code cap} lines (rounded to whole chunks). */
    public static LogBuffer empty(int cap) {
        return new LogBuffer(NO_CHUNKS, 0, 0, Math.max(cap, CHUNK));
    }

    public int size() {
        return size;
    }

    /** Lines dropped from the front to stay within the cap. */
    public long dropped() {
        return dropped;
    }

    public LogLine get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return chunks[i / CHUNK][i % CHUNK];
    }

    /** The lines from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<LogLine> slice(int from, int to) {
        List<LogLine> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = Math.max(0, from); i < Math.min(size, to); i++) {
            out.add(get(i));
        }
        return out;
    }

    public LogBuffer append(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        int newSize = size + lines.size();
        int chunkCount = (newSize + CHUNK - 1) / CHUNK;
        LogLine[][] next = Arrays.copyOf(chunks, chunkCount);
        int first = size / CHUNK;
        if (first < chunks.length) {
            // the last chunk is partly filled and shared with the old buffer: copy before writing
            next[first] = Arrays.copyOf(chunks[first], CHUNK);
        }
        int i = size;
        for (LogLine line : lines) {
            int c = i / CHUNK;
            if (next[c] == null) {
                next[c] = new LogLine[CHUNK];
            }
            next[c][i % CHUNK] = line;
            i++;
        }
        return trim(next, newSize);
    }

    private LogBuffer trim(LogLine[][] all, int newSize) {
        int excessChunks = (newSize - cap + CHUNK - 1) / CHUNK;
        if (newSize <= cap || excessChunks <= 0) {
            return new LogBuffer(all, newSize, dropped, cap);
        }
        LogLine[][] kept = Arrays.copyOfRange(all, excessChunks, all.length);
        int removed = excessChunks * CHUNK;
        return new LogBuffer(kept, newSize - removed, dropped + removed, cap);
    }
}
