package dev.sagedeck.local;

import dev.sagedeck.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads and writes JSON files so that a reader never sees a half-written one: the bytes go to a
 * temporary file in the same directory and the file is renamed over the old one with ATOMIC_MOVE
 * (rename(2) is atomic on one file system). A durable write also forces the bytes and the rename to
 * disk (two fsyncs); the job store asks for that only where a power cut must not lose it (a job's
 * first and final record). The record's JSON is {@link JobRecordJson}'s: jackson-core's streaming
 * parser and generator, no databind (whose first mapper cost each JVM ~0.1 s).
 */
public final class JobRecordFile {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private JobRecordFile() {}

    /** The record in {@code file}; a file that is not a record says where (line and column, or the field) in its IOException. */
    public static JobRecord read(Path file) throws IOException {
        return JobRecordJson.record(Json.parse(Files.readAllBytes(file)));
    }

    public static void write(Path file, JobRecord record) throws IOException {
        writeAtomically(file, bytes(record));
    }

    /** Writes the record atomically; forced to disk only when {@code durable}. */
    static void write(Path file, JobRecord record, boolean durable) throws IOException {
        writeAtomically(file, bytes(record), durable);
    }

    /** The record as the file holds it (pretty-printed, as databind's INDENT_OUTPUT wrote it). */
    static byte[] bytes(JobRecord record) {
        return Json.prettyBytes(JobRecordJson.tree(record));
    }

    /** Writes {@code bytes} to {@code file} atomically and durably. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        writeAtomically(file, bytes, true);
    }

    /** Writes {@code bytes} to {@code file} atomically, and durably when asked. */
    static void writeAtomically(Path file, byte[] bytes, boolean durable) throws IOException {
        // A name unique per process and call: two writers never share a temporary file.
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid()
                + "." + SEQUENCE.incrementAndGet() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                if (durable) {
                    ch.force(true);
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        if (durable) {
            syncDirectory(file.toAbsolutePath().getParent());
        }
    }

    /** Makes the rename itself durable; not every file system allows opening a directory, hence best effort. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // durability of the rename is a bonus; atomicity does not depend on it
        }
    }
}
