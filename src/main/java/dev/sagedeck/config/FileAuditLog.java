package dev.sagedeck.config;

import dev.sagedeck.port.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The audit log as a text file ({@code <stateDir>/audit.log}), one tab-separated line per stop
 * attempt: {@code time  caller=...  job=...  decision=...  outcome=...}. Each line is one append
 * write (O_APPEND), so lines from concurrent sagedeck processes never interleave; field values
 * have tabs and control characters replaced so a hostile job name cannot forge a line.
 */
public final class FileAuditLog implements AuditLog {
    private final Path file;

    public FileAuditLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public void append(Entry e) {
        String line = String.join("\t", String.valueOf(e.time()), "caller=" + clean(e.caller()), "job=" + clean(e.jobArn()),
                "decision=" + clean(e.decision()), "outcome=" + clean(e.outcome())) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(false);
            }
        } catch (IOException ex) {
            // A stop must not go unrecorded silently: the caller shows this.
            throw new UncheckedIOException("cannot append to the audit log " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString();
    }
}
