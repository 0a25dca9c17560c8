package dev.sagedeck.runtime;

import dev.sagedeck.app.LogBuffer;
import dev.sagedeck.domain.LogLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A job's log as the log view holds it, saved under the state directory's saved-logs (the log view's save key). */
final class SavedLogFile {
    private SavedLogFile() {}

    static Path write(Path stateDir, String job, LogBuffer lines, Instant now) throws IOException {
        Path dir = stateDir.resolve("saved-logs");
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now);
        Path file = dir.resolve(job + "-" + stamp + ".log");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines.size(); i++) {
                LogLine l = lines.get(i);
                if (l.time() != null) {
                    w.write(l.time().toString());
                    w.write(' ');
                }
                if (l.source() != null) {
                    w.write('[' + l.source() + "] ");
                }
                w.write(l.text());
                w.newLine();
            }
        }
        return file;
    }
}
