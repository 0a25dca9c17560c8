package dev.sagedeck.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The phase durations of my last {@link #CAPACITY} finished jobs, oldest first: what a running
 * phase is compared with. Kept in the state directory by an adapter; here it is only a value.
 */
public record PhaseHistory(List<PhaseRecord> records) {
    public static final int CAPACITY = 500;
    public static final PhaseHistory EMPTY = new PhaseHistory(List.of());
    /** How many of the most recent comparable jobs a stall is judged against. */
    static final int RECENT = 20;

    public PhaseHistory {
        records = List.copyOf(records.size() > CAPACITY ? records.subList(records.size() - CAPACITY, records.size()) : records);
    }

    public boolean contains(String job) {
        return records.stream().anyMatch(r -> r.job().equals(job));
    }

    /** This history with {@code more} appended (jobs already in it are skipped), pruned to the capacity. */
    public PhaseHistory with(List<PhaseRecord> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<String> known = new HashSet<>();
        records.forEach(r -> known.add(r.job()));
        List<PhaseRecord> next = new ArrayList<>(records);
        for (PhaseRecord r : more) {
            if (known.add(r.job())) {
                next.add(r);
            }
        }
        return new PhaseHistory(next);
    }

    /**
     * How long {@code phase} took in my most recent comparable jobs (newest first, at most
     * {@link #RECENT}), in seconds; jobs that never went through the phase are left out.
     */
    public List<Long> comparable(TrainingJob job, String phase) {
        List<PhaseRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(PhaseRecord::ended, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        List<Long> out = new ArrayList<>();
        for (PhaseRecord r : sorted) {
            if (out.size() >= RECENT) {
                break;
            }
            Long s = r.phaseSeconds().get(phase);
            if (s != null && !r.job().equals(job.name()) && r.comparableTo(job)) {
                out.add(s);
            }
        }
        return out;
    }
}
