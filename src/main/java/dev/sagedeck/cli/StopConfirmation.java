package dev.sagedeck.cli;

import dev.sagedeck.app.InertText;
import dev.sagedeck.app.StopPolicy;
import dev.sagedeck.app.SearchText;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.SearchAsJob;
import java.time.Instant;

/**
 * The question {@code sagedeck stop} asks on a terminal: type the last 4 characters of the job's
 * name, so a stop is never one reflexive keystroke away and is always about the job you read.
 */
final class StopConfirmation {
    private StopConfirmation() {}

    static String prompt(TrainingJob job, Instant now) {
        String where = job.backend() == null ? "?" : job.backend().label();
        if (SearchAsJob.TUNING_JOB.equals(job.tags().get(dev.sagedeck.domain.tuning.TuningTags.KIND))) {
            // the same words as the dashboard's stop dialog (SearchText): how many run, what they cost so far
            return "Stop the tuning job %s (%s, running %s; %s)? Type the last %d characters of the name to confirm: "
                    .formatted(InertText.of(job.name()), where, Formats.duration(job.timing().elapsed(now)),
                            SearchText.runningChildren(SearchAsJob.running(job), SearchAsJob.costSoFar(job), job.backend() == Backend.LOCAL),
                            StopPolicy.CONFIRM_CHARS);
        }
        return "Stop %s (%s, running %s)? Type the last %d characters of the name to confirm: ".formatted(
                InertText.of(job.name()), where, Formats.duration(job.timing().elapsed(now)), StopPolicy.CONFIRM_CHARS);
    }
}
