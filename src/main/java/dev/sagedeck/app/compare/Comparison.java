package dev.sagedeck.app.compare;

import dev.sagedeck.app.JobCost;
import dev.sagedeck.app.view.Formats;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Jobs side by side as a table of text: one row per setting or result, one column per job. The
 * dashboard paints it, the export writes it as CSV or JSON, and {@code sagedeck compare} prints it.
 * Hyperparameters that are equal everywhere are left out unless asked for ({@code equalParams} counts them).
 */
public record Comparison(List<String> jobs, List<Row> rows, int equalParams) {
    /** One line of the table: its group (job, hyperparameter, time, cost, metric), label, the value per job. */
    public record Row(String group, String label, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        public boolean differs() {
            return values.stream().distinct().count() > 1;
        }
    }

    public Comparison {
        jobs = List.copyOf(jobs);
        rows = List.copyOf(rows);
    }

    public static Comparison of(List<TrainingJob> jobs, Function<String, Optional<Price>> prices, Instant now, boolean allParams) {
        return of(jobs, prices, now, allParams, TestEvaluation.NONE);
    }

    /** With the rows of an on-demand test evaluation (right under the test file row), when one was started. */
    public static Comparison of(List<TrainingJob> jobs, Function<String, Optional<Price>> prices, Instant now, boolean allParams,
            TestEvaluation test) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("job", "where", jobs, j -> j.backend() == Backend.LOCAL ? "local" : "SageMaker"));
        rows.add(row("job", "status", jobs, j -> j.status().text()));
        rows.add(row("job", "instance", jobs, Comparison::instance));
        rows.add(row("job", "data", jobs, j -> channel(j, "train")));
        rows.add(row("job", "test file", jobs, j -> channel(j, "test")));
        rows.addAll(TestRows.of(jobs.stream().map(TrainingJob::name).toList(), test));
        Set<String> keys = new TreeSet<>();
        jobs.forEach(j -> keys.addAll(j.hyperParameters().keySet()));
        int equal = 0;
        for (String k : keys) {
            Row r = row("hyperparameter", k, jobs, j -> j.hyperParameters().getOrDefault(k, "-"));
            if (allParams || r.differs()) {
                rows.add(r);
            } else {
                equal++;
            }
        }
        Set<String> phases = new LinkedHashSet<>();
        jobs.forEach(j -> j.transitions().forEach(t -> phases.add(t.status())));
        for (String p : phases) {
            rows.add(row("time", "phase " + p, jobs, j -> phase(j, p, now)));
        }
        rows.add(row("time", "elapsed", jobs, j -> Formats.duration(j.timing().elapsed(now))));
        rows.add(row("time", "training time", jobs, j -> seconds(j.timing().trainingSeconds())));
        rows.add(row("time", "billable time", jobs, j -> seconds(j.timing().billableSeconds())));
        rows.add(row("cost", "cost", jobs, j -> cost(j, prices, now)));
        rows.add(row("metric", "test accuracy", jobs, j -> metric(j, "test:accuracy")));
        Set<String> metrics = new TreeSet<>();
        jobs.forEach(j -> j.finalMetrics().forEach(m -> metrics.add(m.name())));
        metrics.remove("test:accuracy");
        for (String m : metrics) {
            rows.add(row("metric", m, jobs, j -> metric(j, m)));
        }
        return new Comparison(jobs.stream().map(TrainingJob::name).toList(), rows, equal);
    }

    private static Row row(String group, String label, List<TrainingJob> jobs, Function<TrainingJob, String> value) {
        return new Row(group, label, jobs.stream().map(value).map(v -> v == null || v.isEmpty() ? "-" : v).toList());
    }

    private static String instance(TrainingJob j) {
        Resources r = j.resources();
        if (r == null) {
            return "-";
        }
        return Resources.LOCAL_INSTANCE.equals(r.instanceType()) ? "this machine" : r.instanceType() + " x" + r.instanceCount()
                + (r.managedSpot() ? " (spot)" : "");
    }

    private static String channel(TrainingJob j, String name) {
        return j.channels().stream().filter(c -> c.name().equals(name)).map(c -> c.uri()).findFirst().orElse("-");
    }

    private static String phase(TrainingJob j, String status, Instant now) {
        Duration total = Duration.ZERO;
        boolean found = false;
        for (StatusTransition t : j.transitions()) {
            if (t.status().equals(status)) {
                total = total.plus(t.duration(now));
                found = true;
            }
        }
        return found ? Formats.duration(total) : "-";
    }

    private static String seconds(Long s) {
        return s == null ? "-" : Formats.duration(Duration.ofSeconds(s));
    }

    private static String cost(TrainingJob j, Function<String, Optional<Price>> prices, Instant now) {
        if (j.backend() == Backend.LOCAL) {
            return "free (local)";
        }
        String type = j.resources() == null ? null : j.resources().instanceType();
        Optional<Price> p = prices.apply(type);
        if (p.isEmpty()) {
            return "? (price unknown)";
        }
        return JobCost.of(j, p, now).map(c -> Formats.money(c.usd()) + (c.basis().equals("billable") ? "" : " so far")).orElse("-");
    }

    private static String metric(TrainingJob j, String name) {
        return j.finalMetrics().stream().filter(m -> m.name().equals(name)).map(Metric::value)
                .map(v -> String.format(Locale.ROOT, "%.4f", v)).findFirst().orElse("-");
    }
}
