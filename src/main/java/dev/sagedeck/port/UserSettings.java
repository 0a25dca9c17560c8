package dev.sagedeck.port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The user's settings file as the dashboard's effects use it: every key read, one key stored. */
public interface UserSettings {
    /** Every key and its value; none when there is no file. A file that cannot be used is a {@link ConfigException}. */
    Map<String, String> read();

    /** Stores {@code key=value} and rewrites the file atomically; the other keys stay as they are. */
    void save(String key, String value) throws IOException;

    /** The file, for the message that says where a value was saved. */
    Path file();
}
