package dev.sagedeck.runtime;

import dev.sagedeck.app.Msg;
import dev.sagedeck.app.signals.SignalRules;
import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.port.PhaseHistories;
import dev.sagedeck.port.UserSettings;

/** Reads what the dashboard's signals start from: the rules in the settings and the phase history. */
final class SignalFiles {
    private SignalFiles() {}

    /** Rules and history; a bad signal setting keeps the defaults and says which key is wrong. */
    static Msg.SignalsLoaded load(UserSettings settings, PhaseHistories phases) {
        PhaseHistory history = phases.read();
        try {
            return new Msg.SignalsLoaded(SignalRules.fromConfig(settings.read()), history, null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Msg.SignalsLoaded(SignalRules.DEFAULTS, history, e.getMessage());
        }
    }
}
