package dev.sagedeck.domain.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.TrainingJob;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one ranking rule of a search's configurations, for the CLI and the tuning view alike. */
class RankingTest {
    static final Objective AUC = new Objective("validation:auc", Objective.Direction.MAXIMIZE);
    static final Objective LOGLOSS = new Objective("validation:logloss", Objective.Direction.MINIMIZE);

    static TrainingJob job(String name, JobStatus status, String metric, Double value) {
        return TrainingJob.builder(name, Backend.LOCAL).status(status)
                .finalMetrics(value == null ? List.of() : List.of(new Metric(metric, value))).build();
    }

    static List<String> order(List<Ranking.Row> rows) {
        return rows.stream().map(r -> r.job().name()).toList();
    }

    @Test
    void whenHigherIsBetter_aNotANumberOrInfiniteValue_comesAfterEveryNumber_andIsNeverTheBest() {
        List<Ranking.Row> rows = Ranking.of(List.of(
                job("nan", JobStatus.COMPLETED, AUC.metric(), Double.NaN),
                job("inf", JobStatus.COMPLETED, AUC.metric(), Double.POSITIVE_INFINITY),
                job("none", JobStatus.IN_PROGRESS, AUC.metric(), null),
                job("low", JobStatus.COMPLETED, AUC.metric(), 0.61),
                job("high", JobStatus.COMPLETED, AUC.metric(), 0.79)), AUC);

        assertThat(order(rows)).containsExactly("high", "low", "inf", "nan", "none");
        assertThat(rows.stream().filter(Ranking.Row::best).map(r -> r.job().name())).containsExactly("high");
    }

    @Test
    void whenLowerIsBetter_minusInfinity_isNotTheBestEither() {
        List<Ranking.Row> rows = Ranking.of(List.of(
                job("neg-inf", JobStatus.COMPLETED, LOGLOSS.metric(), Double.NEGATIVE_INFINITY),
                job("b", JobStatus.COMPLETED, LOGLOSS.metric(), 0.45),
                job("a", JobStatus.COMPLETED, LOGLOSS.metric(), 0.40)), LOGLOSS);

        assertThat(order(rows)).containsExactly("a", "b", "neg-inf");
        assertThat(rows.get(0).best()).isTrue();
        assertThat(rows.get(2).best()).isFalse();
    }

    @Test
    void onlyNonFiniteValues_leaveTheSearchWithoutABest() {
        List<Ranking.Row> rows = Ranking.of(List.of(job("nan", JobStatus.COMPLETED, AUC.metric(), Double.NaN)), AUC);
        assertThat(rows).noneMatch(Ranking.Row::best);
    }

    @Test
    void aConfigurationStoppedEarly_isRankedByItsValue_butNeverTheBest() {
        TrainingJob early = job("early", JobStatus.STOPPED, AUC.metric(), 0.9).toBuilder()
                .tags(Map.of(TuningTags.STOPPED_EARLY, "round 5: worse than the median")).build();
        List<Ranking.Row> rows = Ranking.of(List.of(early, job("done", JobStatus.COMPLETED, AUC.metric(), 0.8)), AUC);

        assertThat(order(rows)).containsExactly("early", "done");
        assertThat(rows.get(0).best()).isFalse();
        assertThat(rows.get(0).stoppedEarly()).startsWith("round 5");
        assertThat(rows.get(1).best()).isTrue();
    }
}
