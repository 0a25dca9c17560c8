package dev.sagedeck.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV split into shard files for SageMaker's {@code ShardedByS3Key}: whole records only (a quoted
 * field may hold line breaks; a record ends at a line break outside quotes), every record in exactly
 * one shard, in order, the shards as even as whole records allow. With {@code header} the first
 * record is a header and starts every shard (a script reading each shard with pandas needs it);
 * without, there is none (built-in XGBoost reads CSV without a header). Blank lines are not records.
 * Two streaming passes (count, then write), so the file's size does not matter.
 */
public final class CsvShards {
    /** One shard file and the records it holds (the header not counted). */
    public record Shard(Path file, long rows) {}

    private CsvShards() {}

    /**
     * Splits {@code file} into {@code n} files {@code <base>-<i>-of-<n>.csv} in {@code dir}.
     *
     * @throws IllegalArgumentException when there are fewer records than shards (an instance would get none)
     */
    public static List<Shard> split(Path file, int n, boolean header, Path dir, String base) throws IOException {
        long rows = 0;
        byte[] head = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (header) {
                head = next(in);
            }
            for (byte[] r = next(in); r != null; r = next(in)) {
                rows += blank(r) ? 0 : 1;
            }
        }
        if (rows < n) {
            throw new IllegalArgumentException("%s has %d data row(s), fewer than the %d shards (one per instance): an instance would get no data"
                    .formatted(file.getFileName(), rows, n));
        }
        List<Path> files = new ArrayList<>();
        List<OutputStream> outs = new ArrayList<>();
        long[] counts = new long[n];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int i = 0; i < n; i++) {
                Path p = dir.resolve("%s-%d-of-%d.csv".formatted(base, i + 1, n));
                files.add(p);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
                outs.add(out);
                if (head != null) {
                    out.write(withNewline(head));
                }
            }
            if (header) {
                next(in);
            }
            long index = 0;
            for (byte[] r = next(in); r != null; r = next(in)) {
                if (blank(r)) {
                    continue;
                }
                int shard = (int) (index * n / rows); // contiguous, sizes differ by at most one record
                outs.get(shard).write(r);
                counts[shard]++;
                index++;
            }
        } finally {
            for (OutputStream o : outs) {
                o.close();
            }
        }
        List<Shard> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Shard(files.get(i), counts[i]));
        }
        return out;
    }

    /** The next record with its line break, or null at the end; a line break inside double quotes does not end it. */
    static byte[] next(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        boolean quoted = false;
        int c;
        while ((c = in.read()) >= 0) {
            b.write(c);
            if (c == '"') {
                quoted = !quoted; // "" inside a quoted field toggles twice: still quoted
            } else if (c == '\n' && !quoted) {
                return b.toByteArray();
            }
        }
        return b.size() == 0 ? null : b.toByteArray();
    }

    private static boolean blank(byte[] r) {
        for (byte x : r) {
            if (x != '\n' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A header that ended the file without a line break still ends its line in a shard. */
    private static byte[] withNewline(byte[] r) {
        if (r.length > 0 && r[r.length - 1] == '\n') {
            return r;
        }
        byte[] out = java.util.Arrays.copyOf(r, r.length + 1);
        out[r.length] = '\n';
        return out;
    }
}
