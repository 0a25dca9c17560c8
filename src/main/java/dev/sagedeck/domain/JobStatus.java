package dev.sagedeck.domain;

import java.util.Objects;

/**
 * A training job's primary status. The five SageMaker values are constants; any other value
 * (a status AWS adds later, say) is kept as its text so it can still be shown.
 */
public record JobStatus(String text) {
    public static final JobStatus IN_PROGRESS = new JobStatus("InProgress");
    public static final JobStatus COMPLETED = new JobStatus("Completed");
    public static final JobStatus FAILED = new JobStatus("Failed");
    public static final JobStatus STOPPING = new JobStatus("Stopping");
    public static final JobStatus STOPPED = new JobStatus("Stopped");
    /** A local job whose record is missing or unreadable: listed with why, not hidden. */
    public static final JobStatus DAMAGED = new JobStatus("Damaged");

    public JobStatus {
        Objects.requireNonNull(text, "text");
    }

    /** The status for an API or record value; unknown values are kept as text. */
    public static JobStatus of(String text) {
        if (text == null || text.isBlank()) {
            return new JobStatus("Unknown");
        }
        for (JobStatus known : new JobStatus[] {IN_PROGRESS, COMPLETED, FAILED, STOPPING, STOPPED}) {
            if (known.text.equals(text)) {
                return known;
            }
        }
        return new JobStatus(text);
    }

    /** True once the job can no longer change: Completed, Failed or Stopped. */
    public boolean isFinal() {
        return equals(COMPLETED) || equals(FAILED) || equals(STOPPED);
    }

    /** True while the job is running or winding down (InProgress or Stopping). */
    public boolean isActive() {
        return equals(IN_PROGRESS) || equals(STOPPING);
    }

    @Override
    public String toString() {
        return text;
    }
}
