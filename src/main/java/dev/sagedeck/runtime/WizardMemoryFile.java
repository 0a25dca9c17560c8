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
 * The wizard's last values, {@code <stateDir>/wizard-last.json}: written at each submit, read at
 * start. A missing or unreadable file means "nothing remembered", never an error at start.
 */
public final class WizardMemoryFile {
    public static final String NAME = "wizard-last.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WizardMemoryFile() {}

    public static Map<String, String> read(Path stateDir) {
        Path file = stateDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Map<String, String> m = JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {});
            Map<String, String> clean = new TreeMap<>();
            m.forEach((k, v) -> {
                if (k != null && v != null) {
                    clean.put(k, v);
                }
            });
            return clean;
        } catch (IOException | RuntimeException unreadable) {
            return Map.of(); // a damaged file only costs the remembered values
        }
    }

    /** Writes atomically (temp file, then move) so a crash never leaves half a file. */
    public static Path write(Path stateDir, Map<String, String> values) throws IOException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve(NAME);
        Path tmp = Files.createTempFile(stateDir, NAME, ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), new TreeMap<>(values));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
