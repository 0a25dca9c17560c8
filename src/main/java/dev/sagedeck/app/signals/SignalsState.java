package dev.sagedeck.app.signals;

import dev.sagedeck.domain.PhaseHistory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's signals: the rules and history (null rules until read from the config and the
 * state directory after start), what detection remembers, the recent signals newest first (at most
 * {@link #RECENT}), the jobs whose rows carry a marker until looked at, and the open log's activity.
 */
public record SignalsState(SignalRules rules, PhaseHistory history, SignalMemory memory, List<Signal> recent,
        Set<String> flagged, Map<String, LogActivity> logs) {
    public static final int RECENT = 50;
    public static final SignalsState NONE = new SignalsState(null, PhaseHistory.EMPTY, SignalMemory.EMPTY, List.of(), Set.of(), Map.of());

    public SignalsState {
        recent = List.copyOf(recent);
        flagged = Set.copyOf(flagged);
        logs = Map.copyOf(logs);
    }

    public boolean loaded() {
        return rules != null;
    }

    public SignalsState loaded(SignalRules r, PhaseHistory h) {
        return new SignalsState(r, h, memory, recent, flagged, logs);
    }

    /** After a look: the new memory and history, {@code found} added to the recent list and flagged. */
    public SignalsState after(Signals.Detection d, List<Signal> found) {
        List<Signal> next = new ArrayList<>(found);
        java.util.Collections.reverse(next);
        next.addAll(recent);
        Set<String> f = new HashSet<>(flagged);
        found.forEach(s -> f.add(s.job()));
        return new SignalsState(rules, history.with(d.finished()), d.memory(),
                next.size() > RECENT ? next.subList(0, RECENT) : next, f, logs);
    }

    public SignalsState withLogs(Map<String, LogActivity> l) {
        return new SignalsState(rules, history, memory, recent, flagged, l);
    }

    /** The user has seen the signals (opened the list, or the job): no marker for {@code job}, or for any when null. */
    public SignalsState seen(String job) {
        Set<String> f = new HashSet<>(flagged);
        if (job == null) {
            f.clear();
        } else {
            f.remove(job);
        }
        return new SignalsState(rules, history, memory, recent, f, logs);
    }
}
