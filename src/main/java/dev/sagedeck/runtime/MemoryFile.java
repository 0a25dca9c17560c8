package dev.sagedeck.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the dashboard remembers between sessions, as a small JSON object of strings in the state
 * directory (the wizard's last values, the comparison's last test file). Written atomically; a
 * missing, damaged or foreign file reads as "nothing remembered", never an error at start.
 */
final class MemoryFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MemoryFile() {}

    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Map<String, Object> m = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() {});
            Map<String, String> clean = new TreeMap<>();
            m.forEach((k, v) -> {
                if (k != null && v instanceof String text) {
                    clean.put(k, text); // a number or an object where a string belongs is left out, not guessed at
                }
            });
            return clean;
        } catch (IOException | RuntimeException unreadable) {
            return Map.of(); // a damaged file only costs what was remembered
        }
    }

    /** Writes atomically (temp file, then move) so a crash never leaves half a file. */
    static Path write(Path stateDir, String name, Map<String, String> values) throws IOException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve(name);
        Path tmp = Files.createTempFile(stateDir, name, ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), new TreeMap<>(values));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
