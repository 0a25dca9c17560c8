package dev.sagedeck.app.compare;

import dev.sagedeck.domain.JobCost;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lesson's 1-vs-N instance experiment read off finished jobs: for each job against the first
 * (the fewest instances), the speed-up in wall time (created to ended, as the lesson times fit()) and the cost ratio, and
 * whether the speed-up paid for itself (a speed-up below the cost ratio means the extra instances
 * cost more than the time they saved).
 */
public record ScalingSummary(String base, String job, int baseInstances, int instances, Duration baseWall, Duration wall,
        Double baseUsd, Double usd) {

    /** Wall time of the first divided by this job's: 2.0 is twice as fast. */
    public double speedUp() {
        return wall.isZero() ? Double.NaN : (double) baseWall.toMillis() / wall.toMillis();
    }

    /** This job's cost divided by the first's, or NaN when a cost is unknown. */
    public double costRatio() {
        return baseUsd == null || usd == null || baseUsd <= 0 ? Double.NaN : usd / baseUsd;
    }

    /** Each job after the first against the first; jobs not ended yet are left out. */
    public static List<ScalingSummary> of(List<TrainingJob> jobs, Function<String, Optional<Price>> prices, Instant now) {
        List<ScalingSummary> out = new ArrayList<>();
        if (jobs.isEmpty() || jobs.get(0).timing().ended() == null) {
            return out;
        }
        TrainingJob first = jobs.get(0);
        for (TrainingJob j : jobs.subList(1, jobs.size())) {
            if (j.timing().ended() == null) {
                continue;
            }
            out.add(new ScalingSummary(first.name(), j.name(), count(first), count(j), wall(first, now), wall(j, now),
                    usd(first, prices, now), usd(j, prices, now)));
        }
        return out;
    }

    /**
     * The experiment's summary when {@code jobs} are one: all on SageMaker, on the same instance type,
     * on different instance counts (the compare view's footer says it then); else empty.
     */
    public static List<ScalingSummary> ofExperiment(List<TrainingJob> jobs, Function<String, Optional<Price>> prices, Instant now) {
        boolean experiment = jobs.size() > 1 && jobs.stream().allMatch(j -> j.backend() == dev.sagedeck.domain.Backend.SAGEMAKER
                && j.resources() != null) && jobs.stream().map(j -> j.resources().instanceType()).distinct().count() == 1
                && jobs.stream().map(ScalingSummary::count).distinct().count() == jobs.size();
        if (!experiment) {
            return List.of();
        }
        List<TrainingJob> byCount = jobs.stream().sorted(java.util.Comparator.comparingInt(ScalingSummary::count)).toList();
        return of(byCount, prices, now);
    }

    /** The footer's form: "x2 vs x1: 1.50x the speed for 1.33x the cost". */
    public String shortText() {
        String speed = Double.isNaN(speedUp()) ? "speed-up ?" : String.format(Locale.ROOT, "%.2fx the speed", speedUp());
        String cost = Double.isNaN(costRatio()) ? "cost ratio ?" : String.format(Locale.ROOT, "%.2fx the cost", costRatio());
        return "x%d vs x%d: %s for %s".formatted(instances, baseInstances, speed, cost);
    }

    /** "x2 against x1: 1.30x the speed (wall 6m 00s -> 4m 37s) for 1.54x the cost ($0.02 -> $0.03): ..." */
    public String text() {
        String speed = Double.isNaN(speedUp()) ? "speed-up unknown" : String.format(Locale.ROOT, "%.2fx the speed", speedUp());
        String cost = Double.isNaN(costRatio()) ? "cost ratio unknown (price or billable time missing)"
                : String.format(Locale.ROOT, "%.2fx the cost (%s -> %s)", costRatio(), Formats.money(baseUsd), Formats.money(usd));
        String verdict = Double.isNaN(speedUp()) || Double.isNaN(costRatio()) ? ""
                : speedUp() >= costRatio() ? ": the extra instances paid for themselves"
                : ": the speed-up is below the cost ratio, so " + baseInstances + " instance(s) is the better buy";
        return "x%d against x%d: %s (wall %s -> %s) for %s%s".formatted(instances, baseInstances, speed, Formats.duration(baseWall),
                Formats.duration(wall), cost, verdict);
    }

    /** What the lesson times around fit(): from the job's creation (instances included) to its end. */
    private static Duration wall(TrainingJob j, Instant now) {
        return j.timing().created() == null ? j.timing().elapsed(now) : Duration.between(j.timing().created(), j.timing().ended());
    }

    private static int count(TrainingJob j) {
        return j.resources() == null ? 0 : j.resources().instanceCount();
    }

    private static Double usd(TrainingJob j, Function<String, Optional<Price>> prices, Instant now) {
        Optional<Price> p = prices.apply(j.resources() == null ? null : j.resources().instanceType());
        return JobCost.of(j, p, now).filter(c -> c.basis().equals("billable")).map(JobCost.Cost::usd).orElse(null);
    }
}
