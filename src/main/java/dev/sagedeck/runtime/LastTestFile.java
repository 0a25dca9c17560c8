package dev.sagedeck.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The test file the last comparison scored its models on, {@code <stateDir>/compare-last.json}:
 * written at each {@code t}, read at start, so the next session's {@code t} offers it again. A value
 * that cannot be a path someone typed (empty, control characters, absurdly long) is not offered.
 */
public final class LastTestFile {
    public static final String NAME = "compare-last.json";
    static final String KEY = "test_file";
    private static final int MAX_LENGTH = 4096;

    private LastTestFile() {}

    /** The remembered path, or null when there is none (or only garbage). */
    public static String read(Path stateDir) {
        String v = MemoryFile.read(stateDir.resolve(NAME)).get(KEY);
        if (v == null || v.isBlank() || v.length() > MAX_LENGTH || v.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return v;
    }

    public static Path write(Path stateDir, String file) throws IOException {
        return MemoryFile.write(stateDir, NAME, Map.of(KEY, file));
    }
}
