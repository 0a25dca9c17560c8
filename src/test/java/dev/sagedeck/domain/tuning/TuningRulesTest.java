package dev.sagedeck.domain.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TuningRulesTest {

    static TuningPlan plan(List<ParameterRange> ranges, Map<String, String> fixed, SearchStrategy s, int jobs, int parallel) {
        return new TuningPlan(ranges, fixed, s, Objective.DEFAULT, new TuningLimits(jobs, parallel), EarlyStopping.OFF, 7);
    }

    @Test
    void theLessonsSearch_passes() {
        TuningPlan p = plan(List.of(RangeSyntax.range("max_depth=3:9"), RangeSyntax.range("eta=0.01:0.3:log")),
                Map.of("num_round", "100"), SearchStrategy.RANDOM, 20, 2);
        assertThat(TuningRules.problems(p, true)).isEmpty();
        assertThat(TuningRules.staticWithObjectiveMetric(p)).containsEntry("eval_metric", "logloss").containsEntry("num_round", "100");
    }

    @Test
    void badRanges_areEachNamedWithWhatToChange() {
        TuningPlan p = plan(List.of(RangeSyntax.range("max_depth=9:3"), RangeSyntax.range("eta=0:0.3"),
                        RangeSyntax.range("subsample=0.5:0.5"), RangeSyntax.range("gamma=0:5:log"), RangeSyntax.range("max_depth=2:4")),
                Map.of("subsample", "0.8"), SearchStrategy.RANDOM, 10, 2);
        assertThat(TuningRules.problems(p, true)).containsExactly(
                "--range max_depth=9:3: MIN must not be above MAX",
                "--range eta=0:0.3: eta must be a number in (0, 1]; got 0",
                "subsample is both fixed (subsample=0.8) and searched (subsample=0.5:0.5); drop one",
                "--range subsample=0.5:0.5: a range needs two different bounds; one value is a fixed hyperparameter (--hp)",
                "--range gamma=0:5:log: logarithmic scaling needs MIN above 0",
                "max_depth is searched twice; give one --range or --values for it");
    }

    @Test
    void limits_andStrategies_theLocalSearchCannotRun_areRefused() {
        TuningPlan p = plan(List.of(RangeSyntax.range("max_depth=3:9"), RangeSyntax.range("seed=1:5")), Map.of(), SearchStrategy.BAYESIAN, 4, 8);
        assertThat(TuningRules.problems(p, true)).containsExactly(
                "seed cannot be searched locally: it sets the 80/20 split, made once for every configuration; fix it with --hp seed=...",
                "--max-parallel 8 is more than --max-jobs 4",
                "a local search runs random or grid; Bayesian is SageMaker's own (drop --local to run it there)");
        assertThat(TuningRules.problems(p, false)).containsExactly("--max-parallel 8 is more than --max-jobs 4");
        assertThatThrownBy(() -> TuningRules.check(plan(List.of(RangeSyntax.range("max_depth=3:9")), Map.of(), SearchStrategy.RANDOM, 0, 1), true))
                .hasMessage("--max-jobs must be a whole number in [1, 500]; got 0");
    }

    @Test
    void grid_needsValues_andFitsMaxJobs() {
        TuningPlan p = plan(List.of(RangeSyntax.range("max_depth=3:9"), RangeSyntax.range("eta=0.05:0.3")), Map.of(), SearchStrategy.GRID, 5, 1);
        assertThat(TuningRules.problems(p, true)).containsExactly(
                "grid search needs values to step through; eta is a continuous range: list them, e.g. --values eta=0.05,0.175,0.3");
        TuningPlan big = plan(List.of(RangeSyntax.range("max_depth=3:9"), RangeSyntax.values("booster=gbtree,dart")), Map.of(), SearchStrategy.GRID, 5, 1);
        assertThat(TuningRules.problems(big, true)).containsExactly(
                "the grid has 14 configurations, more than --max-jobs 5; raise --max-jobs or list fewer values");
        assertThat(TuningRules.defaultMaxJobs(SearchStrategy.GRID, big.ranges())).isEqualTo(14);
        assertThat(TuningRules.defaultMaxJobs(SearchStrategy.RANDOM, big.ranges())).isEqualTo(10);
    }

    @Test
    void anObjectiveTheTrainerDoesNotReport_isRefused() {
        TuningPlan test = new TuningPlan(List.of(RangeSyntax.range("max_depth=3:9")), Map.of(), SearchStrategy.RANDOM,
                new Objective("test:accuracy", Objective.Direction.MAXIMIZE), new TuningLimits(4, 1), EarlyStopping.OFF, 1);
        assertThat(TuningRules.problems(test, true)).singleElement().asString().startsWith("the objective must be a metric the trainer reports each round");
        TuningPlan notAsked = new TuningPlan(List.of(RangeSyntax.range("max_depth=3:9")), Map.of("eval_metric", "logloss"), SearchStrategy.RANDOM,
                new Objective("validation:auc", Objective.Direction.MAXIMIZE), new TuningLimits(4, 1), EarlyStopping.OFF, 1);
        assertThat(TuningRules.problems(notAsked, true)).containsExactly(
                "the objective validation:auc is not among eval_metric=logloss; add auc to it or leave eval_metric out");
        TuningPlan unknown = new TuningPlan(List.of(RangeSyntax.range("max_depth=3:9")), Map.of(), SearchStrategy.RANDOM,
                new Objective("validation:acurracy", Objective.Direction.MAXIMIZE), new TuningLimits(4, 1), EarlyStopping.OFF, 1);
        assertThat(TuningRules.problems(unknown, true)).singleElement().asString().startsWith("the objective validation:acurracy is no metric XGBoost reports");
    }
}
