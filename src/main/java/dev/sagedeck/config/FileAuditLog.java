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
 * The audit log as a file ({@code <stateDir>/audit.log}), one JSON object per line and per stop
 * attempt. Each line is one append write (O_APPEND), so lines from concurrent sagedeck processes
 * never interleave; every control character (C0, DEL, C1, line and paragraph separators) in a
 * value is written as a {@code \}{@code uXXXX} escape, so a hostile job name cannot forge a line
 * or reach a terminal that shows the file.
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
        StringBuilder line = new StringBuilder(256).append('{');
        field(line, "time", String.valueOf(e.time()));
        field(line, "osUser", e.osUser());
        field(line, "owner", e.owner());
        field(line, "caller", e.caller());
        field(line, "via", e.via());
        field(line, "job", e.job());
        field(line, "where", e.where());
        field(line, "jobOwner", e.jobOwner());
        field(line, "decision", e.decision());
        field(line, "reason", e.reason());
        line.setLength(line.length() - 1);
        line.append("}\n");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(line.toString().getBytes(StandardCharsets.UTF_8));
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

    private static void field(StringBuilder out, String key, String value) {
        out.append('"').append(key).append("\":");
        if (value == null) {
            out.append("null,");
            return;
        }
        out.append('"');
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        out.append("\",");
    }
}
