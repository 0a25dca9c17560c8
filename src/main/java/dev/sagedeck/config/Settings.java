package dev.sagedeck.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The user's config file: plain {@code key=value} lines ({@code owner}, {@code owner.tag},
 * {@code owner.prefix}, {@code theme}, {@code key.<action>=<key>|none}, ...). Missing file = empty.
 */
public final class Settings {
    private final Path file;
    private final Map<String, String> values;

    private Settings(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /**
     * Reads the file; a missing file gives empty settings. A file that cannot be used (a directory,
     * unreadable, not UTF-8 text, a broken {@code \\u} escape) throws a {@link dev.sagedeck.port.ConfigException}
     * naming the file, the key when one is to blame, and the problem.
     */
    public static Settings load(Path file) {
        Map<String, String> values = new TreeMap<>();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            String text = ConfigText.read(file);
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                throw ConfigText.badEscape(file, text);
            }
            p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).trim()));
        }
        return new Settings(file, values);
    }

    public Path file() {
        return file;
    }

    public String get(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? null : v;
    }

    public String get(String key, String fallback) {
        String v = get(key);
        return v == null ? fallback : v;
    }

    /** Every key starting with {@code prefix}, prefix removed. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    /** Stores one value and rewrites the file atomically. */
    public Settings with(String key, String value) throws IOException {
        Map<String, String> next = new TreeMap<>(values);
        next.put(key, value);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Properties p = new Properties();
        p.putAll(next);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "sagedeck settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Settings(file, next);
    }
}
