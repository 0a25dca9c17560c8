package dev.sagedeck.runtime;

import dev.sagedeck.app.Msg;
import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.app.signals.SignalRules;
import dev.sagedeck.config.PhaseHistoryFile;
import dev.sagedeck.config.Settings;
import java.nio.file.Path;

/** Reads what the dashboard's signals start from: the rules in the config file and the phase history. */
final class SignalFiles {
    private SignalFiles() {}

    /** Rules and history; a bad signal setting keeps the defaults and says which key is wrong. */
    static Msg.SignalsLoaded load(Path configFile, Path stateDir) {
        PhaseHistory history = new PhaseHistoryFile(stateDir).read();
        try {
            return new Msg.SignalsLoaded(SignalRules.fromConfig(Settings.load(configFile).withPrefix("")), history, null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Msg.SignalsLoaded(SignalRules.DEFAULTS, history, e.getMessage());
        }
    }
}
