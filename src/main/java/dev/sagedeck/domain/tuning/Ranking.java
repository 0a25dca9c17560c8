package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configurations of a search, best first by its objective: finite values in the objective's
 * direction, then values that are not numbers or infinite (a diverged run is never the best, whichever the
 * direction), then those without a value; ties by name. The best is the first ranked one that completed
 * with a finite value (one stopped early has an unfinished value). Shared by the CLI and the dashboard.
 */
public final class Ranking {
    /** One ranked configuration: its job, its objective value (null when it has none), whether it is the best, why it stopped early. */
    public record Row(TrainingJob job, Double value, boolean best, String stoppedEarly) {}

    private Ranking() {}

    public static List<Row> of(List<TrainingJob> children, Objective objective) {
        List<TrainingJob> sorted = new ArrayList<>(children);
        Comparator<TrainingJob> byValue = (a, b) -> {
            Double va = value(a, objective).orElse(null);
            Double vb = value(b, objective).orElse(null);
            int byKind = Integer.compare(kind(va), kind(vb));
            if (byKind != 0 || kind(va) != 0) return byKind;
            return objective.direction() == Objective.Direction.MAXIMIZE ? Double.compare(vb, va) : Double.compare(va, vb);
        };
        sorted.sort(byValue.thenComparing(TrainingJob::name));
        List<Row> out = new ArrayList<>();
        boolean bestGiven = false;
        for (TrainingJob j : sorted) {
            Double v = value(j, objective).orElse(null);
            String early = j.tags().get(TuningTags.STOPPED_EARLY);
            boolean best = !bestGiven && v != null && Double.isFinite(v) && early == null && dev.sagedeck.domain.JobStatus.COMPLETED.equals(j.status());
            bestGiven |= best;
            out.add(new Row(j, v, best, early));
        }
        return out;
    }

    /** 0 a finite value, 1 NaN or infinite, 2 none: the order of the groups. */
    private static int kind(Double v) {
        return v == null ? 2 : Double.isFinite(v) ? 0 : 1;
    }

    /** The configuration's final value of the objective metric. */
    public static Optional<Double> value(TrainingJob job, Objective objective) {
        return job.finalMetrics().stream().filter(m -> m.name().equals(objective.metric())).map(Metric::value).findFirst();
    }

    /** The searched hyperparameters' values of a configuration, in the order of the ranges. */
    public static Map<String, String> searchedValues(TrainingJob job, List<String> rangeNames) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        rangeNames.forEach(n -> out.put(n, job.hyperParameters().getOrDefault(n, "")));
        return out;
    }
}
