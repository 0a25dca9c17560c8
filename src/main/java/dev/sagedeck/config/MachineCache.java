package dev.sagedeck.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where sagedeck keeps files derived from its build that any run on this machine may reuse (class-data
 * archives, XGBoost's native library): {@code $SAGEDECK_CACHE_DIR}, else {@code $XDG_CACHE_HOME/sagedeck},
 * else {@code ~/.cache/sagedeck}. Not under the state directory: each file is named after the build it
 * came from, so runs with different {@code SAGEDECK_HOME}s share it. dist/sagedeck's run_jvm uses the same rule.
 */
public final class MachineCache {
    private MachineCache() {}

    /** The cache directory for the given environment (pass {@code System.getenv()}); it may not exist yet. */
    public static Path dir(Map<String, String> env) {
        String own = env.get("SAGEDECK_CACHE_DIR");
        if (own != null && !own.isBlank()) {
            return Path.of(own).toAbsolutePath();
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg).toAbsolutePath().resolve("sagedeck");
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache", "sagedeck");
    }
}
