package dev.sagedeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.MetricDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundMetricsTest {

    @Test
    void cloudWatchRoundLine_givesRoundAndBothMetricsNamedLikeSageMaker() {
        var sample = RoundMetrics.parse("[12]#011train-logloss:0.43#011validation-logloss:0.47").orElseThrow();

        assertThat(sample.round()).isEqualTo(12);
        assertThat(sample.metrics()).containsExactly(
                new Metric("train:logloss", 0.43), new Metric("validation:logloss", 0.47));
    }

    @Test
    void localRoundLineWithRealTabs_readsTheSame() {
        var sample = RoundMetrics.parse("[3]\ttrain-auc:0.91\ttest-auc:0.88").orElseThrow();

        assertThat(sample.round()).isEqualTo(3);
        assertThat(sample.metrics()).extracting(Metric::name).containsExactly("train:auc", "test:auc");
    }

    @Test
    void metricNamesWithAtSignsAndExponentValues_areKept() {
        var sample = RoundMetrics.parse("[0]#011validation-ndcg@5:1.5e-3#011validation-error@0.7:nan").orElseThrow();

        assertThat(sample.metrics().get(0)).isEqualTo(new Metric("validation:ndcg@5", 0.0015));
        assertThat(sample.metrics().get(1).value()).isNaN();
    }

    @Test
    void ordinaryLogLines_areNotMetrics() {
        assertThat(RoundMetrics.parse("[2026-11-26:12:00:00:INFO] Running XGBoost training")).isEmpty();
        assertThat(RoundMetrics.parse("[12] done")).isEmpty();
        assertThat(RoundMetrics.parse("")).isEmpty();
        assertThat(RoundMetrics.parse(null)).isEmpty();
    }

    @Test
    void jobDefinitionsWrittenForCloudWatch_matchLinesWhoseTabsWereRestored() {
        var parser = RoundMetrics.withDefinitions(List.of(
                new MetricDefinition("validation:auc", ".*\\[[0-9]+\\].*#011validation-auc:(\\S+)"),
                new MetricDefinition("loss", "loss=([0-9.]+)")));

        var roundLine = parser.read("[7]\ttrain-auc:0.95\tvalidation-auc:0.90").orElseThrow();
        var custom = parser.read("epoch 3 loss=0.25 lr=0.1").orElseThrow();

        assertThat(roundLine.metrics()).contains(new Metric("validation:auc", 0.90));
        assertThat(custom.round()).isNull();
        assertThat(custom.metrics()).containsExactly(new Metric("loss", 0.25));
    }

    @Test
    void definitionJavaCannotCompile_isSkippedAndNamed() {
        var parser = RoundMetrics.withDefinitions(List.of(new MetricDefinition("broken", "(unclosed")));

        assertThat(parser.rejected()).singleElement().asString().startsWith("broken:");
        assertThat(parser.read("[1]#011train-rmse:2.0")).isPresent();
    }
}
