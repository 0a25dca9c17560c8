package dev.sagedeck.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where sagedeck keeps its files. State (local jobs, caches, audit log): {@code $SAGEDECK_HOME},
 * else {@code $XDG_STATE_HOME/sagedeck}, else {@code ~/.local/state/sagedeck}. Config: the file
 * {@code config.properties} in {@code $SAGEDECK_HOME} when that is set (hermetic tests), else in
 * {@code $XDG_CONFIG_HOME/sagedeck} or {@code ~/.config/sagedeck}.
 */
public record Paths(Path stateDir, Path configFile) {

    /** Resolves the paths from the given environment (pass {@code System.getenv()}). */
    public static Paths fromEnvironment(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        String sagedeckHome = env.get("SAGEDECK_HOME");
        if (sagedeckHome != null && !sagedeckHome.isBlank()) {
            Path dir = Path.of(sagedeckHome).toAbsolutePath();
            return new Paths(dir, dir.resolve("config.properties"));
        }
        String xdgState = env.get("XDG_STATE_HOME");
        Path state = (xdgState != null && !xdgState.isBlank() ? Path.of(xdgState) : home.resolve(".local/state"))
                .resolve("sagedeck");
        String xdgConfig = env.get("XDG_CONFIG_HOME");
        Path config = (xdgConfig != null && !xdgConfig.isBlank() ? Path.of(xdgConfig) : home.resolve(".config"))
                .resolve("sagedeck").resolve("config.properties");
        return new Paths(state, config);
    }

    /** Directory holding one sub-directory per local job. */
    public Path localJobsDir() {
        return stateDir.resolve("jobs");
    }

    /** Append-only record of every stop attempt. */
    public Path auditLog() {
        return stateDir.resolve("audit.log");
    }

    /** Cached data (prices, finished SageMaker job descriptions). */
    public Path cacheDir() {
        return stateDir.resolve("cache");
    }
}
