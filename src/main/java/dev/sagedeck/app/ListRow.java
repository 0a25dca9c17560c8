package dev.sagedeck.app;

import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningJob;

/**
 * One row of the job list: a training job, a search (tuning job) with its training jobs folded under
 * it or shown, or one of those training jobs under its search. {@code job} is what keys act on (for a
 * search: its own record, or the search seen as a job); {@code search} is set for a search and for its
 * training jobs (their parent).
 */
public record ListRow(Kind kind, TrainingJob job, TuningJob search, boolean expanded) {
    /** What the row is. */
    public enum Kind {
        JOB,
        SEARCH,
        CHILD
    }

    static ListRow job(TrainingJob j) {
        return new ListRow(Kind.JOB, j, null, false);
    }

    static ListRow search(TrainingJob asJob, TuningJob t, boolean expanded) {
        return new ListRow(Kind.SEARCH, asJob, t, expanded);
    }

    static ListRow child(TrainingJob j, TuningJob parent) {
        return new ListRow(Kind.CHILD, j, parent, false);
    }

    public String name() {
        return job.name();
    }
}
