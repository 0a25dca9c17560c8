package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.DataSpec;
import java.util.List;

/**
 * The data options of the command lines the wizard's review shows ({@code train}, {@code launch},
 * {@code tune}): the one rule for how picked data reads on a command line, so each line, run in a
 * shell, trains on the data the wizard would.
 */
final class DataFlags {
    /** The bundled sample the long demo slows down (the demo's own name is not a --sample value). */
    private static final String LONG_DEMO_SAMPLE = "titanic";

    private DataFlags() {}

    /**
     * {@code --sample NAME}; the long demo as {@code --sample titanic --demo-long} (train only: the wizard
     * starts no search on it); or {@code --train FILE [--test FILE] [--preset P] [--label L] [--drop C,...]}.
     */
    static void add(List<String> a, DataSpec d) {
        if (d.longDemoRun()) {
            WizardCommandLine.add(a, "--sample", LONG_DEMO_SAMPLE);
            a.add("--demo-long");
            return;
        }
        if (d.sample() != null) {
            WizardCommandLine.add(a, "--sample", d.sample());
            return;
        }
        WizardCommandLine.add(a, "--train", d.train());
        if (d.test() != null) {
            WizardCommandLine.add(a, "--test", d.test());
        }
        if (d.preset() != null) {
            WizardCommandLine.add(a, "--preset", d.preset());
        }
        if (d.label() != null) {
            WizardCommandLine.add(a, "--label", d.label());
        }
        if (!d.drop().isEmpty()) {
            WizardCommandLine.add(a, "--drop", String.join(",", d.drop()));
        }
    }
}
