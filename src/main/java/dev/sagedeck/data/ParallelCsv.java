package dev.sagedeck.data;

import dev.sagedeck.data.RawColumn.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a large CSV file in chunks on several threads and merges them into the table the
 * sequential read gives: the same values, category codes in first-appearance order, missing
 * counts, warnings and lines.
 *
 * <p>Chunks start after a newline near an even split of the file. A newline inside a quoted field
 * would put a start in the middle of a record, so every start is checked: the chunk before it
 * reads on past its nominal end and must finish a record exactly there. Chunk 0 is the sequential
 * reader itself, so by induction each accepted chunk starts where the sequential read starts a
 * record and parses exactly as it would. A start that does not check out is read again from where
 * the chunk before really ended. Any error in a later chunk returns null: the caller reads the file
 * sequentially to report it exactly as before (chunk 0's errors are the sequential read's own).
 */
final class ParallelCsv {
    /** How far after a nominal split a newline is looked for before that split is given up. */
    private static final int SEEK_WINDOW = 64 << 10;

    private ParallelCsv() {}

    /**
     * When to split and into how many chunks.
     *
     * @param threads       threads reading at once (the caller's included)
     * @param maxChunks     at most this many chunks
     * @param minFileBytes  files smaller than this are read sequentially
     * @param minChunkBytes no chunk is planned smaller than this
     */
    record Chunking(int threads, int maxChunks, long minFileBytes, long minChunkBytes) {
        static final Chunking SEQUENTIAL = new Chunking(1, 1, Long.MAX_VALUE, Long.MAX_VALUE);
        /** The system property that turns the parallel read on. */
        static final String PARALLEL_PROPERTY = "sagedeck.csv.parallel";

        /**
         * Sequential unless the JVM runs with {@code -Dsagedeck.csv.parallel=true} (e.g. through
         * SAGEDECK_JOB_JAVA_OPTS, to compare both on a quiet machine). The memory the parallel read was
         * switched off for is not there any more: at 1M rows the job's peak RSS was 216 MB sequential and
         * 218-222 MB parallel, its heap 69 vs 76 MB at most; but on a loaded machine it cost 4 % more CPU
         * and no wall time was won, so the default waits for a quiet measurement (docs/BENCHMARKS.md,
         * fourth round). {@link #onAllCores()} is what it would be.
         */
        static Chunking forThisMachine() {
            return Boolean.getBoolean(PARALLEL_PROPERTY) ? onAllCores() : SEQUENTIAL;
        }

        /** One chunk per core (at most 8) for files of 8 MiB and more, chunks of at least 4 MiB; one core reads sequentially. */
        static Chunking onAllCores() {
            int cores = Math.min(8, Runtime.getRuntime().availableProcessors());
            return cores < 2 ? SEQUENTIAL : new Chunking(cores, cores, 8L << 20, 4L << 20);
        }

        /** How many chunks a file of {@code size} bytes is read in (1: sequentially). */
        int chunks(long size) {
            if (size < minFileBytes) return 1;
            return (int) Math.max(1, Math.min(maxChunks, size / Math.max(1, minChunkBytes)));
        }
    }

    /**
     * Where each chunk starts: {@code dataStart} (where {@code reader} of the file is now) and up to
     * {@code chunks - 1} offsets right after a newline near an even split. One element: do not split.
     */
    static long[] splits(Path file, long dataStart, long size, int chunks) throws IOException {
        List<Long> starts = new ArrayList<>();
        starts.add(dataStart);
        if (chunks < 2 || size - dataStart < chunks) return new long[] {dataStart};
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer window = ByteBuffer.allocate(SEEK_WINDOW);
            for (int i = 1; i < chunks; i++) {
                long nominal = dataStart + (size - dataStart) * i / chunks;
                long start = afterNewline(channel, window, Math.max(nominal, starts.get(starts.size() - 1)));
                if (start > starts.get(starts.size() - 1) && start < size) starts.add(start);
            }
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The offset right after the first '\n' at or after {@code from}, or -1 when there is none in the window. */
    private static long afterNewline(FileChannel channel, ByteBuffer window, long from) throws IOException {
        window.clear();
        int n = 0;
        while (window.hasRemaining()) {
            int r = channel.read(window, from + n);
            if (r < 0) break;
            n += r;
        }
        for (int k = 0; k < n; k++) {
            if (window.get(k) == '\n') return from + k + 1;
        }
        return -1;
    }

    /**
     * Reads the records from {@code starts[0]} (where {@code first} stands) to the end of the file in
     * chunks, {@code threads} at a time, and merges them; null when a later chunk failed.
     *
     * @throws IOException or {@link CsvFormatException} from the first chunk: the sequential read's own error
     */
    static RawTable read(Path file, CsvReader first, Map<String, Mode> wanted, long[] starts, int threads) throws IOException {
        List<String> header = first.header();
        int n = starts.length;
        Outcome[] outcomes = new Outcome[n];
        List<Thread> workers = new ArrayList<>();
        int[] nextChunk = {1};
        for (int t = 1; t < Math.min(threads, n); t++) {
            Thread worker = new Thread(() -> {
                for (;;) {
                    int i;
                    synchronized (nextChunk) {
                        i = nextChunk[0]++;
                    }
                    if (i >= n) return;
                    try {
                        outcomes[i] = Outcome.of(() -> loadChunk(file, first.source(), header, wanted, starts[i], stop(starts, i)));
                    } catch (Throwable e) { // out of memory, say: the caller decides
                        outcomes[i] = new Outcome(null, e);
                    }
                }
            }, "sagedeck-csv-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        first.stopAt(stop(starts, 0));
        Outcome head = Outcome.of(() -> CsvPart.load(first, header, wanted, RawTable.capacityFor(stop(starts, 0) - starts[0])));
        if (workers.isEmpty()) { // one thread: the caller reads the other chunks too
            for (int i = 1; i < n; i++) {
                int chunk = i;
                outcomes[i] = Outcome.of(() -> loadChunk(file, first.source(), header, wanted, starts[chunk], stop(starts, chunk)));
            }
        }
        joinAll(workers);
        if (head.error != null) throw head.rethrown();

        List<CsvPart> parts = new ArrayList<>(n);
        parts.add(head.part);
        long at = head.part.endOffset;
        long rows = head.part.rows;
        for (int i = 1; i < n; i++) {
            Outcome outcome = outcomes[i];
            if (starts[i] != at) { // that start was inside a record: read the chunk again from where the last one ended
                long from = at;
                int chunk = i;
                outcome = Outcome.of(() -> loadChunk(file, first.source(), header, wanted, from, stop(starts, chunk)));
            }
            if (outcome.error instanceof Error e) throw e;
            if (outcome.part == null) return null; // an error in a chunk that started on a record: the sequential read reports it
            parts.add(outcome.part);
            at = outcome.part.endOffset;
            rows += outcome.part.rows;
        }
        if (rows >= Integer.MAX_VALUE) return null;
        return merge(first.source(), header, parts, (int) rows);
    }

    private static long stop(long[] starts, int chunk) {
        return chunk + 1 < starts.length ? starts[chunk + 1] : Long.MAX_VALUE;
    }

    private static CsvPart loadChunk(Path file, String source, List<String> header, Map<String, Mode> wanted, long start, long stop)
            throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(start);
        InputStream in = Channels.newInputStream(channel);
        try (CsvReader reader = CsvReader.part(in, source, header, start)) {
            reader.stopAt(stop);
            long bytes = stop == Long.MAX_VALUE ? channel.size() - start : stop - start;
            return CsvPart.load(reader, header, wanted, RawTable.capacityFor(bytes));
        }
    }

    /** Joins the chunks in file order, column by column, letting go of each chunk's arrays as they are copied. */
    private static RawTable merge(String source, List<String> header, List<CsvPart> parts, int rows) {
        int width = header.size();
        long[] lineShift = new long[parts.size()];
        long nextStart = parts.get(0).endLine;
        for (int p = 1; p < parts.size(); p++) {
            CsvPart part = parts.get(p);
            lineShift[p] = nextStart - part.startLine;
            nextStart = part.endLine + lineShift[p];
        }
        RawColumn[] byField = new RawColumn[width];
        long[] missing = new long[width];
        List<RawColumn> pieces = new ArrayList<>(parts.size());
        for (int i = 0; i < width; i++) {
            if (parts.get(0).byField[i] == null) {
                for (CsvPart part : parts) missing[i] += part.skippedMissing[i];
                continue;
            }
            pieces.clear();
            for (CsvPart part : parts) {
                pieces.add(part.byField[i]);
                part.byField[i] = null;
            }
            byField[i] = RawColumn.concat(pieces, lineShift, rows);
        }
        return RawTable.of(source, header, rows, byField, missing, parts.size());
    }

    private static void joinAll(List<Thread> workers) {
        boolean interrupted = false;
        for (Thread worker : workers) {
            for (;;) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the sequential read does not stop for an interrupt either
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** A chunk's result or what it threw. */
    private record Outcome(CsvPart part, Throwable error) {
        interface Load {
            CsvPart run() throws IOException;
        }

        static Outcome of(Load load) {
            try {
                return new Outcome(load.run(), null);
            } catch (IOException | RuntimeException e) {
                return new Outcome(null, e);
            }
        }

        RuntimeException rethrown() throws IOException {
            if (error instanceof IOException io) throw io;
            throw (RuntimeException) error;
        }
    }
}
