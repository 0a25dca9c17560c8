package dev.sagedeck.port;

import java.util.List;

/**
 * One level of an object store (S3) under a prefix, as a file browser shows it: the folders
 * (common prefixes) first, then the objects with their sizes. Failures are {@link BackendException}s
 * whose message a user can read (no such bucket, access denied, unreachable).
 */
public interface ObjectStore {
    /** At most this many entries come back from one listing; the rest is noted as not shown. */
    int MAX_ENTRIES = 1000;

    /** A folder ({@code size} -1) or an object, named relative to the listed prefix, with its full URI. */
    record Entry(String name, String uri, boolean folder, long size) {}

    /** The entries directly under {@code prefix}, folders first; {@code truncated} when more were not shown. */
    record Listing(String prefix, List<Entry> entries, boolean truncated) {
        public Listing {
            entries = List.copyOf(entries);
        }
    }

    /** Lists one level under {@code s3Prefix} ({@code s3://bucket/} or {@code s3://bucket/a/b/}). */
    Listing list(String s3Prefix);
}
