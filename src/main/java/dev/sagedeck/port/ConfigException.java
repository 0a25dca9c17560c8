package dev.sagedeck.port;

import java.nio.file.Path;

/**
 * A config file sagedeck cannot use, said in one line: which file, which key when one is to blame,
 * and what is wrong. Commands turn it into exit 2; the dashboard refuses to start only when the
 * settings it needs are broken (AWS settings alone turn AWS off instead).
 */
public final class ConfigException extends IllegalStateException {
    private final Path file;
    private final String key;

    public ConfigException(Path file, String key, String problem) {
        super("config file " + file + (key == null ? "" : ", key " + key) + ": " + problem);
        this.file = file;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    /** The key to blame, or null when the file as a whole cannot be used. */
    public String key() {
        return key;
    }
}
