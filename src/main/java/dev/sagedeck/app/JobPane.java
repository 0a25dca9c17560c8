package dev.sagedeck.app;

import dev.sagedeck.domain.TrainingJob;

/**
 * The open job: its name, the last description (kept while a re-describe is on its way), an
 * error if describing failed, which half has the focus, whether the raw JSON is shown, and how far
 * the details are scrolled.
 */
public record JobPane(String name, TrainingJob job, String error, Focus focus, boolean raw, int scroll) {

    /** Which of the two the job view shows (Tab switches): the details or the log. */
    public enum Focus {
        DETAIL,
        LOGS
    }

    /** A failed job opens on its details (the triage card says why); any other on its log. */
    public static JobPane open(String name, TrainingJob known) {
        boolean failed = known != null && dev.sagedeck.domain.JobStatus.FAILED.equals(known.status());
        return new JobPane(name, known, null, failed ? Focus.DETAIL : Focus.LOGS, false, 0);
    }

    public JobPane withJob(TrainingJob j) {
        return new JobPane(name, j, null, focus, raw, scroll);
    }

    public JobPane withError(String e) {
        return new JobPane(name, job, e, focus, raw, scroll);
    }

    public JobPane withFocus(Focus f) {
        return new JobPane(name, job, error, f, raw, scroll);
    }

    public JobPane withRaw(boolean r) {
        return new JobPane(name, job, error, focus, r, 0);
    }

    public JobPane withScroll(int s) {
        return new JobPane(name, job, error, focus, raw, Math.max(0, s));
    }
}
