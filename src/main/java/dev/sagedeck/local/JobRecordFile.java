package dev.sagedeck.local;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads and writes JSON files so that a reader never sees a half-written one: the bytes go to a
 * temporary file in the same directory and the file is renamed over the old one with ATOMIC_MOVE
 * (rename(2) is atomic on one file system). A durable write also forces the bytes and the rename to
 * disk (two fsyncs); the job store asks for that only where a power cut must not lose it (a job's
 * first and final record). Times are ISO-8601 strings.
 */
public final class JobRecordFile {
    private static final AtomicLong SEQUENCE = new AtomicLong();
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(instants())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private JobRecordFile() {}

    public static JobRecord read(Path file) throws IOException {
        return JSON.readValue(Files.readAllBytes(file), JobRecord.class);
    }

    public static void write(Path file, JobRecord record) throws IOException {
        writeAtomically(file, JSON.writeValueAsBytes(record));
    }

    /** Writes the record atomically; forced to disk only when {@code durable}. */
    static void write(Path file, JobRecord record, boolean durable) throws IOException {
        writeAtomically(file, JSON.writeValueAsBytes(record), durable);
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

    private static SimpleModule instants() {
        SimpleModule m = new SimpleModule("instants");
        m.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toString());
            }
        });
        m.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String text = p.getValueAsString();
                return text == null || text.isBlank() ? null : Instant.parse(text);
            }
        });
        return m;
    }
}
