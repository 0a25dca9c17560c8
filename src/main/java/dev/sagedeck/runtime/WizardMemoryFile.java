package dev.sagedeck.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The wizard's last values, {@code <stateDir>/wizard-last.json}: written at each submit, read at
 * start. A missing or unreadable file means "nothing remembered", never an error at start.
 */
public final class WizardMemoryFile {
    public static final String NAME = "wizard-last.json";

    private WizardMemoryFile() {}

    public static Map<String, String> read(Path stateDir) {
        return MemoryFile.read(stateDir.resolve(NAME));
    }

    /** Writes atomically (temp file, then move) so a crash never leaves half a file. */
    public static Path write(Path stateDir, Map<String, String> values) throws IOException {
        return MemoryFile.write(stateDir, NAME, values);
    }
}
