package dev.sagedeck.app.compare;

import dev.sagedeck.domain.JobCost;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Jobs side by side as a table: one row per setting or result, one column per job. The dashboard
 * paints it, the export writes it as CSV or JSON, and {@code sagedeck compare} prints it. Rows
 * that are the same for every job are left out unless asked for ({@code hidden} counts them);
 * results are never left out. Each metric row knows its best value; the jobs can be ordered by one.
 * {@code testFile} is the file the "test" rows were scored on (null before any).
 */
public record Comparison(List<String> jobs, List<Row> rows, int hidden, String sortedBy, String testFile) {
    /**
     * One line of the table: its group (job, test, hyperparameter, time, cost, metric), label, the text
     * per job, the number behind each text when there is one (full precision, for JSON and sorting;
     * null entries otherwise) and which columns hold the best value of a metric.
     */
    public record Row(String group, String label, List<String> values, List<Double> numbers, Set<Integer> best) {
        public Row {
            values = List.copyOf(values);
            numbers = numbers == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(numbers));
            best = Set.copyOf(best);
        }

        public Row(String group, String label, List<String> values) {
            this(group, label, values, null, Set.of());
        }

        public boolean differs() {
            return values.stream().distinct().count() > 1;
        }

        /** A result row: what the jobs are compared for, never hidden. */
        public boolean isResult() {
            return group.equals("metric") || group.equals("test");
        }
    }

    public Comparison {
        jobs = List.copyOf(jobs);
        rows = List.copyOf(rows);
    }

    public static Comparison of(List<TrainingJob> jobs, Function<String, Optional<Price>> prices, Instant now, boolean all) {
        return of(jobs, prices, now, all, TestEvaluation.NONE, null);
    }

    public static Comparison of(List<TrainingJob> jobs, Function<String, Optional<Price>> prices, Instant now, boolean all,
            TestEvaluation test) {
        return of(jobs, prices, now, all, test, null);
    }

    /** With the results of a test evaluation (when one was started), the jobs ordered best first by {@code sortBy} (a metric row's label). */
    public static Comparison of(List<TrainingJob> jobs, Function<String, Optional<Price>> prices, Instant now, boolean all,
            TestEvaluation test, String sortBy) {
        Comparison c = build(jobs, prices, now, all, test);
        if (sortBy == null) {
            return c;
        }
        Optional<Row> key = c.rows().stream().filter(r -> r.isResult() && r.label().equals(sortBy) && r.numbers() != null).findFirst();
        if (key.isEmpty()) {
            return c;
        }
        boolean higher = MetricDirection.higherIsBetter(sortBy).orElse(true);
        List<Double> n = key.get().numbers();
        Integer[] order = new Integer[jobs.size()];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> byValue = Comparator.comparing(i -> n.get(i), Comparator.nullsLast(higher ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder()));
        Arrays.sort(order, byValue);
        List<TrainingJob> sorted = Arrays.stream(order).map(jobs::get).toList();
        Comparison s = build(sorted, prices, now, all, test);
        return new Comparison(s.jobs(), s.rows(), s.hidden(), sortBy, s.testFile());
    }

    /** The labels of the rows the jobs can be ordered by: results with numbers. */
    public List<String> sortable() {
        return rows.stream().filter(r -> r.isResult() && r.numbers() != null).map(Row::label).toList();
    }

    private static Comparison build(List<TrainingJob> jobs, Function<String, Optional<Price>> prices, Instant now, boolean all,
            TestEvaluation test) {
        List<Row> settings = new ArrayList<>();
        settings.add(row("job", "where", jobs, j -> j.backend() == Backend.LOCAL ? "local" : "SageMaker"));
        settings.add(row("job", "status", jobs, j -> j.status().text()));
        settings.add(row("job", "instance", jobs, Comparison::instance));
        settings.add(row("job", "data", jobs, j -> channel(j, "train")));
        settings.add(row("job", "test file", jobs, j -> channel(j, "test")));
        Set<String> keys = new TreeSet<>();
        jobs.forEach(j -> keys.addAll(j.hyperParameters().keySet()));
        for (String k : keys) {
            settings.add(row("hyperparameter", k, jobs, j -> j.hyperParameters().getOrDefault(k, "-")));
        }
        Set<String> phases = new LinkedHashSet<>();
        jobs.forEach(j -> j.transitions().forEach(t -> phases.add(t.status())));
        for (String p : phases) {
            settings.add(seconds("time", "phase " + p, jobs, j -> phase(j, p, now)));
        }
        settings.add(seconds("time", "elapsed", jobs, j -> j.timing().elapsed(now)));
        settings.add(seconds("time", "training time", jobs, j -> duration(j.timing().trainingSeconds())));
        settings.add(seconds("time", "billable time", jobs, j -> duration(j.timing().billableSeconds())));
        settings.add(cost(jobs, prices, now));
        List<Row> rows = new ArrayList<>();
        rows.addAll(results(jobs, test));
        int hidden = 0;
        for (Row r : settings) {
            if (all || r.differs()) {
                rows.add(r);
            } else {
                hidden++;
            }
        }
        return new Comparison(jobs.stream().map(TrainingJob::name).toList(), rows, hidden, null, test.file());
    }

    /**
     * One row per metric: "test accuracy" first. A metric scored on the test file asked for in the
     * comparison replaces the same metric logged by training, so no result shows twice.
     */
    private static List<Row> results(List<TrainingJob> jobs, TestEvaluation test) {
        Map<String, Row> byLabel = new LinkedHashMap<>();
        for (Row r : TestRows.of(jobs.stream().map(TrainingJob::name).toList(), test)) {
            byLabel.put(r.label(), withBest(r));
        }
        Set<String> metrics = new TreeSet<>(Comparator.comparing((String m) -> !m.equals("test:accuracy")).thenComparing(m -> m));
        jobs.forEach(j -> j.finalMetrics().forEach(m -> metrics.add(m.name())));
        for (String m : metrics) {
            String label = label(m);
            if (!byLabel.containsKey(label)) {
                List<Double> n = jobs.stream().map(j -> metric(j, m)).toList();
                byLabel.put(label, withBest(new Row("metric", label, n.stream().map(v -> v == null ? "-" : Formats.metric(v)).toList(), n, Set.of())));
            }
        }
        return new ArrayList<>(byLabel.values());
    }

    /** "test:accuracy" reads "test accuracy", like the test file's rows. */
    static String label(String metric) {
        return metric.replace(':', ' ');
    }

    /** Marks the columns holding the best value, when the metric's direction is known and the values are not all equal. */
    static Row withBest(Row r) {
        Optional<Boolean> higher = MetricDirection.higherIsBetter(r.label());
        if (r.numbers() == null || higher.isEmpty()) {
            return r;
        }
        List<Double> known = r.numbers().stream().filter(java.util.Objects::nonNull).toList();
        if (known.size() < 2 || known.stream().distinct().count() < 2) {
            return r;
        }
        double best = higher.get() ? known.stream().mapToDouble(d -> d).max().orElse(0) : known.stream().mapToDouble(d -> d).min().orElse(0);
        Set<Integer> at = new TreeSet<>();
        for (int i = 0; i < r.numbers().size(); i++) {
            if (r.numbers().get(i) != null && r.numbers().get(i) == best) {
                at.add(i);
            }
        }
        return new Row(r.group(), r.label(), r.values(), r.numbers(), at);
    }

    private static Row row(String group, String label, List<TrainingJob> jobs, Function<TrainingJob, String> value) {
        return new Row(group, label, jobs.stream().map(value).map(v -> v == null || v.isEmpty() ? "-" : v).toList());
    }

    /** A row of durations: read as 1m 05s, kept in seconds. */
    private static Row seconds(String group, String label, List<TrainingJob> jobs, Function<TrainingJob, Duration> value) {
        List<Duration> d = jobs.stream().map(value).toList();
        return new Row(group, label, d.stream().map(x -> x == null ? "-" : Formats.duration(x)).toList(),
                d.stream().map(x -> x == null ? null : (double) x.getSeconds()).toList(), Set.of());
    }

    private static Row cost(List<TrainingJob> jobs, Function<String, Optional<Price>> prices, Instant now) {
        List<String> text = new ArrayList<>();
        List<Double> usd = new ArrayList<>();
        for (TrainingJob j : jobs) {
            if (j.backend() == Backend.LOCAL) {
                text.add("free (local)");
                usd.add(0.0);
                continue;
            }
            Optional<Price> p = prices.apply(j.resources() == null ? null : j.resources().instanceType());
            Optional<JobCost.Cost> c = p.isEmpty() ? Optional.empty() : JobCost.of(j, p, now);
            text.add(p.isEmpty() ? "? (price unknown)" : c.map(x -> Formats.money(x.usd()) + (x.basis().equals("billable") ? "" : " so far")).orElse("-"));
            usd.add(c.map(JobCost.Cost::usd).orElse(null));
        }
        return new Row("cost", "cost", text, usd, Set.of());
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

    private static Duration phase(TrainingJob j, String status, Instant now) {
        Duration total = null;
        for (StatusTransition t : j.transitions()) {
            if (t.status().equals(status)) {
                total = (total == null ? Duration.ZERO : total).plus(t.duration(now));
            }
        }
        return total;
    }

    private static Duration duration(Long s) {
        return s == null ? null : Duration.ofSeconds(s);
    }

    private static Double metric(TrainingJob j, String name) {
        return j.finalMetrics().stream().filter(m -> m.name().equals(name)).map(Metric::value).findFirst().orElse(null);
    }
}
