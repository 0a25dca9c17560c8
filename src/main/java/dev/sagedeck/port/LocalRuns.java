package dev.sagedeck.port;

import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.TrainingJob;
import java.nio.file.Path;
import java.util.List;

/**
 * What only the local backend does, beside {@link TrainingJobs}: forget a run's directory, and start
 * a run whose own process also shows its log to a launcher waiting for it ({@code train --wait}
 * under dist/sagedeck, docs/LOCAL-JOBS.md).
 */
public interface LocalRuns extends TrainingJobs {
    /**
     * A run that starts as {@code mainClass <jobDir> args...} instead of the job process; the
     * launcher learns its pid from {@code <handoff>/pid}.
     */
    record Attach(String mainClass, Path handoff, List<String> args) {
        /** Set by dist/sagedeck for {@code train --wait}: the hand-over directory, holding the pipe it reads. */
        public static final String ENV = "SAGEDECK_WAIT_HANDOFF";

        public Attach {
            args = List.copyOf(args);
        }
    }

    /** Removes a local job's directory (damaged, or ended); refuses a running one. */
    void forget(String name);

    /** Starts the run as {@link #launch(LaunchSpec)} does; with {@code attach}, through its main class. */
    TrainingJob launch(LaunchSpec spec, Attach attach);
}
