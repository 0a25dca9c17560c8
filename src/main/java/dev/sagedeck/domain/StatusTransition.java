package dev.sagedeck.domain;

import java.time.Duration;
import java.time.Instant;

/** One secondary-status phase (Starting, Downloading, Training, ...) with when it began and ended. */
public record StatusTransition(String status, Instant start, Instant end, String message) {

    /** How long the phase lasted, or has lasted until {@code now} when it is still open. */
    public Duration duration(Instant now) {
        if (start == null) {
            return Duration.ZERO;
        }
        Instant until = end != null ? end : now;
        return until.isBefore(start) ? Duration.ZERO : Duration.between(start, until);
    }
}
