package dev.sagedeck.local;

import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.RangeSyntax;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningLimits;
import dev.sagedeck.domain.tuning.TuningPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A local search's plan and progress inside its job record ({@code job.json}'s {@code search}):
 * the plan as the CLI wrote it, the parallelism the machine allowed, and counters and the best
 * configuration so far, kept by the search process as configurations end. Field names are the file format.
 */
public final class SearchRecord {
    private static final String RANGE = "--range ";
    private static final String VALUES = "--values ";

    /** {@code --range max_depth=3:9}, {@code --values booster=gbtree,dart}. */
    public List<String> ranges = new ArrayList<>();
    public String strategy;
    public String objective;
    public String direction;
    public int maxJobs;
    public int maxParallel;
    public long seed;
    public String earlyStopping;
    /** What the machine allowed, once the data was read: configurations at once, threads each, and why. */
    public Integer parallel;
    public Integer threads;
    public String parallelReason;
    /** Configurations started (their job names, in order) and how they ended. */
    public List<String> children = new ArrayList<>();
    public int completed;
    public int failed;
    public int stopped;
    public int stoppedEarly;
    public String bestJob;
    public Double bestValue;

    static SearchRecord of(TuningPlan plan) {
        SearchRecord s = new SearchRecord();
        for (ParameterRange r : plan.ranges()) {
            s.ranges.add((r instanceof ParameterRange.CategoricalValues ? VALUES : RANGE) + r.text());
        }
        s.strategy = plan.strategy().apiName();
        s.objective = plan.objective().metric();
        s.direction = plan.objective().direction().apiName();
        s.maxJobs = plan.limits().maxJobs();
        s.maxParallel = plan.limits().maxParallel();
        s.seed = plan.seed();
        s.earlyStopping = plan.earlyStopping().apiName();
        return s;
    }

    /** The plan again, with the run's fixed hyperparameters. */
    TuningPlan plan(Map<String, String> fixed) {
        List<ParameterRange> parsed = new ArrayList<>();
        for (String r : ranges) {
            parsed.add(r.startsWith(VALUES) ? RangeSyntax.values(r.substring(VALUES.length())) : RangeSyntax.range(r.substring(RANGE.length())));
        }
        return new TuningPlan(parsed, fixed, SearchStrategy.parse(strategy).orElseThrow(),
                new Objective(objective, Objective.Direction.parse(direction).orElseThrow()),
                new TuningLimits(maxJobs, maxParallel), EarlyStopping.parse(earlyStopping).orElseThrow(), seed);
    }

    Objective objectiveOf() {
        return new Objective(objective, Objective.Direction.parse(direction).orElseThrow());
    }
}
