package dev.sagedeck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundMetricsLineTest {

    @Test
    void format_writesTheContainersLineWithLiteralHash011() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("train:logloss", 0.43);
        m.put("validation:logloss", 0.4712345);
        assertThat(new RoundMetricsLine(12, m).format()).isEqualTo("[12]#011train-logloss:0.43000#011validation-logloss:0.47123");
    }

    @Test
    void parse_readsSageMakerCloudWatchLines() {
        RoundMetricsLine line = RoundMetricsLine.parse("[99]#011train-rmse:1.98234#011validation-rmse:2.01").orElseThrow();
        assertThat(line.round()).isEqualTo(99);
        assertThat(line.metrics()).containsExactly(Map.entry("train:rmse", 1.98234), Map.entry("validation:rmse", 2.01));
        assertThat(line.asMetrics()).containsExactly(new Metric("train:rmse", 1.98234), new Metric("validation:rmse", 2.01));
    }

    @Test
    void parse_readsXgboostsOwnTabbedOutputAndPrefixedLines() {
        assertThat(RoundMetricsLine.parse("[3]\ttrain-logloss:0.51\tvalid-auc:0.9").orElseThrow().metrics())
                .containsExactly(Map.entry("train:logloss", 0.51), Map.entry("valid:auc", 0.9));
        assertThat(RoundMetricsLine.parse("[2024-05-01 10:00:00.123 ip-10-0-0-1:7 INFO] [0]#011train-error@0.6:0.2").orElseThrow().metrics())
                .containsExactly(Map.entry("train:error@0.6", 0.2));
        assertThat(RoundMetricsLine.parse("[7]#011train-logloss:nan").orElseThrow().metrics().get("train:logloss")).isNaN();
    }

    @Test
    void parse_ignoresLinesThatAreNotRounds() {
        assertThat(RoundMetricsLine.parse("Train size: (570, 8)")).isEmpty();
        assertThat(RoundMetricsLine.parse("[2024-05-01:10:00:00:INFO] Running XGBoost Sagemaker in algorithm mode")).isEmpty();
        assertThat(RoundMetricsLine.parse("[12]")).isEmpty();
        assertThat(RoundMetricsLine.parse(null)).isEmpty();
    }

    @Test
    void formatThenParse_roundTrips() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("train:mlogloss", 1.5);
        m.put("validation:merror", 0.25);
        RoundMetricsLine line = new RoundMetricsLine(0, m);
        assertThat(RoundMetricsLine.parse(line.format())).hasValue(line);
    }
}
