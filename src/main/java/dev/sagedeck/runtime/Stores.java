package dev.sagedeck.runtime;

import dev.sagedeck.port.PhaseHistories;
import dev.sagedeck.port.UserSettings;
import java.nio.file.Path;

/**
 * Where the dashboard keeps things between runs: its state directory (saved logs, remembered
 * values, the comparison export), the user's settings and the phase history; Wiring makes the
 * last two, so the runtime sees no config class.
 */
public record Stores(Path stateDir, UserSettings settings, PhaseHistories phases) {}
