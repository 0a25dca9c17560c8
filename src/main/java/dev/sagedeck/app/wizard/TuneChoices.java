package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.tuning.Objective;
import java.util.Locale;

/** How the tune step's choices read: what a strategy does, which way an objective goes. */
final class TuneChoices {
    private TuneChoices() {}

    static String display(WizardField f, String value) {
        String v = value == null ? "" : value;
        switch (f) {
            case TUNE:
                return WizardChoices.YES.equals(v) ? TuneText.ON : TuneText.OFF;
            case EARLY_STOPPING:
                return "auto".equals(v) ? TuneText.EARLY_AUTO : TuneText.EARLY_OFF;
            case OBJECTIVE:
                return v.isEmpty() ? v : v + " (" + Objective.usualDirection(v).apiName().toLowerCase(Locale.ROOT) + ")";
            case STRATEGY:
                switch (v) {
                    case "grid": return TuneText.GRID;
                    case "bayesian": return TuneText.BAYESIAN;
                    case "hyperband": return TuneText.HYPERBAND;
                    default: return TuneText.RANDOM;
                }
            default:
                return v;
        }
    }
}
