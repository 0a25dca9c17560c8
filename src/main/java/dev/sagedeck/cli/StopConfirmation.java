package dev.sagedeck.cli;

import dev.sagedeck.app.InertText;
import dev.sagedeck.app.StopPolicy;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;

/**
 * The question {@code sagedeck stop} asks on a terminal: type the last 4 characters of the job's
 * name, so a stop is never one reflexive keystroke away and is always about the job you read.
 */
final class StopConfirmation {
    private StopConfirmation() {}

    static String prompt(TrainingJob job, Instant now) {
        String where = job.backend() == null ? "?" : job.backend().label();
        if (dev.sagedeck.usecase.JobsOrSearches.TUNING_JOB.equals(job.tags().get(dev.sagedeck.domain.tuning.TuningTags.KIND))) {
            String cost = job.tags().get(dev.sagedeck.usecase.JobsOrSearches.COST);
            return "Stop the tuning job %s (%s, running %s; %s of its training jobs running, %s so far)? Type the last %d characters of the name to confirm: "
                    .formatted(InertText.of(job.name()), where, Formats.duration(job.timing().elapsed(now)),
                            job.tags().get(dev.sagedeck.usecase.JobsOrSearches.RUNNING), cost == null ? "cost unknown" : "$" + cost,
                            StopPolicy.CONFIRM_CHARS);
        }
        return "Stop %s (%s, running %s)? Type the last %d characters of the name to confirm: ".formatted(
                InertText.of(job.name()), where, Formats.duration(job.timing().elapsed(now)), StopPolicy.CONFIRM_CHARS);
    }
}
