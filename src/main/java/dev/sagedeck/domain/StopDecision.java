package dev.sagedeck.domain;

import java.util.Locale;

/** How an attempt to stop a job ended, as the audit log and {@code stop --json} spell it. */
public enum StopDecision {
    STOPPED, KILLED, REFUSED, FAILED, CANCELLED;

    /** The lower-case word the audit line and JSON carry. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
