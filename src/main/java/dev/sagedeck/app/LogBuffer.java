package dev.sagedeck.app;

import dev.sagedeck.domain.LogLine;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable, bounded log: appending returns a new buffer that shares all full chunks with the
 * old one, so a burst of lines costs a copy of the last chunk, not of the whole log. Lines are kept
 * column-wise (epoch millis, a source index, the text) rather than as objects, which halves the
 * heap a million lines need; {@link #get} rebuilds a {@link LogLine} on demand. When the cap is
 * passed, the oldest whole chunks are dropped and counted in {@link #dropped()}.
 */
public final class LogBuffer {
    static final int CHUNK = 4096;
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final Chunk[] NO_CHUNKS = new Chunk[0];

    /** One block of lines; the last block of a buffer may be partly filled. */
    private record Chunk(long[] millis, short[] source, String[] text) {
        static Chunk empty() {
            return new Chunk(new long[CHUNK], new short[CHUNK], new String[CHUNK]);
        }

        Chunk copy() {
            return new Chunk(millis.clone(), source.clone(), text.clone());
        }
    }

    private final Chunk[] chunks;
    private final String[] sources;
    private final int size;
    private final long dropped;
    private final int cap;

    private LogBuffer(Chunk[] chunks, String[] sources, int size, long dropped, int cap) {
        this.chunks = chunks;
        this.sources = sources;
        this.size = size;
        this.dropped = dropped;
        this.cap = cap;
    }

    /** An empty buffer keeping at most {@code cap} lines (rounded to whole chunks). */
    public static LogBuffer empty(int cap) {
        return new LogBuffer(NO_CHUNKS, new String[0], 0, 0, Math.max(cap, CHUNK));
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
        Chunk c = chunks[i / CHUNK];
        int k = i % CHUNK;
        long ms = c.millis()[k];
        short src = c.source()[k];
        return new LogLine(ms == NO_TIME ? null : Instant.ofEpochMilli(ms), src < 0 ? null : sources[src], c.text()[k]);
    }

    /** The text of line i, without building a {@link LogLine} (search, error scans). */
    public String text(int i) {
        return chunks[i / CHUNK].text()[i % CHUNK];
    }

    /** The source (instance) of line i, or null. */
    public String source(int i) {
        short src = chunks[i / CHUNK].source()[i % CHUNK];
        return src < 0 ? null : sources[src];
    }

    /** The instances that wrote lines, in order of first appearance. */
    public List<String> sources() {
        return List.of(sources);
    }


    public LogBuffer append(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        int newSize = size + lines.size();
        Chunk[] next = Arrays.copyOf(chunks, (newSize + CHUNK - 1) / CHUNK);
        int first = size / CHUNK;
        if (first < chunks.length) {
            // the last chunk is partly filled and shared with the old buffer: copy before writing
            next[first] = chunks[first].copy();
        }
        String[] srcs = sources;
        int i = size;
        for (LogLine line : lines) {
            int c = i / CHUNK;
            if (next[c] == null) {
                next[c] = Chunk.empty();
            }
            int k = i % CHUNK;
            next[c].millis()[k] = line.time() == null ? NO_TIME : line.time().toEpochMilli();
            short idx = -1;
            if (line.source() != null) {
                idx = (short) indexOf(srcs, line.source());
                if (idx < 0 && srcs.length < Short.MAX_VALUE) {
                    srcs = Arrays.copyOf(srcs, srcs.length + 1);
                    srcs[srcs.length - 1] = line.source();
                    idx = (short) (srcs.length - 1);
                }
            }
            next[c].source()[k] = idx;
            next[c].text()[k] = line.text();
            i++;
        }
        return trim(next, srcs, newSize);
    }

    private static int indexOf(String[] a, String s) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }

    private LogBuffer trim(Chunk[] all, String[] srcs, int newSize) {
        int excessChunks = (newSize - cap + CHUNK - 1) / CHUNK;
        if (newSize <= cap || excessChunks <= 0) {
            return new LogBuffer(all, srcs, newSize, dropped, cap);
        }
        Chunk[] kept = Arrays.copyOfRange(all, excessChunks, all.length);
        int removed = excessChunks * CHUNK;
        return new LogBuffer(kept, srcs, newSize - removed, dropped + removed, cap);
    }
}
