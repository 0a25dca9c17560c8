package dev.sagedeck.config;

import dev.sagedeck.port.UserSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The {@link UserSettings} port on the config file: read afresh on each call, so an edit made meanwhile counts. */
public final class SettingsFile implements UserSettings {
    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    @Override
    public Map<String, String> read() {
        return Settings.load(file).withPrefix("");
    }

    @Override
    public void save(String key, String value) throws IOException {
        Settings.load(file).with(key, value);
    }

    @Override
    public Path file() {
        return file;
    }
}
