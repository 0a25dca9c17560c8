package dev.sagedeck.app.signals;

import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.TrainingJob;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which phase a running job is in and since when, and which phases have a fixed stall limit. */
final class PhaseClock {
    /**
     * Phases that take minutes whatever the job: without a history they are judged against the
     * fixed limit. Training (and the spot phases that wait for capacity) vary too much for one number.
     */
    private static final Set<String> FIXED = Set.of("Starting", "Pending", "LaunchingMLInstances", "PreparingTrainingStack",
            "Downloading", "DownloadingTrainingImage", "Uploading", "Stopping", "Updating");

    private PhaseClock() {}

    /** The phase the job is in now: its last transition while it has no end, else nothing. */
    static Optional<StatusTransition> open(TrainingJob job) {
        List<StatusTransition> ts = job.transitions();
        if (ts.isEmpty()) {
            return Optional.empty();
        }
        StatusTransition last = ts.get(ts.size() - 1);
        return last.end() == null && last.start() != null && last.status() != null ? Optional.of(last) : Optional.empty();
    }

    static boolean hasFixedLimit(String phase) {
        return FIXED.contains(phase);
    }
}
