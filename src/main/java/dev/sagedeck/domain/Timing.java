package dev.sagedeck.domain;

import java.time.Duration;
import java.time.Instant;

/** When a job was created, started and ended, with the training and billable seconds AWS reports. */
public record Timing(Instant created, Instant started, Instant ended, Long trainingSeconds, Long billableSeconds) {

    /** Time since the job started (or was created), up to its end or {@code now}. */
    public Duration elapsed(Instant now) {
        Instant from = started != null ? started : created;
        if (from == null) {
            return Duration.ZERO;
        }
        Instant to = ended != null ? ended : now;
        return to.isBefore(from) ? Duration.ZERO : Duration.between(from, to);
    }
}
