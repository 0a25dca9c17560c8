package dev.sagedeck.app;

import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.Comparator;

/** Orders of the job list, cycled with the sort key. */
public enum JobSort {
    CREATED("newest first", Comparator.comparing((TrainingJob j) -> j.timing().created(),
            Comparator.nullsLast(Comparator.<Instant>reverseOrder()))),
    NAME("name", Comparator.comparing(TrainingJob::name)),
    STATUS("status", Comparator.comparing((TrainingJob j) -> j.status().text()).thenComparing(TrainingJob::name)),
    ELAPSED("longest running", Comparator.comparing((TrainingJob j) -> j.timing().started(),
            Comparator.nullsLast(Comparator.<Instant>naturalOrder())));

    private final String label;
    private final Comparator<TrainingJob> order;

    JobSort(String label, Comparator<TrainingJob> order) {
        this.label = label;
        this.order = order;
    }

    public String label() {
        return label;
    }

    public Comparator<TrainingJob> order() {
        return order;
    }

    public JobSort next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
