package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.MetricSeries;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.ScriptMetrics;
import dev.sagedeck.testing.ScriptedAws;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A script-mode job on SageMaker: its curve is read with the MetricDefinitions it was launched with
 * (the scripted endpoint: moto replaces every job's definitions with its own), the built-in
 * algorithm's with round lines as before.
 */
class ScriptJobMetricCurveTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private ScriptedAws aws;
    private AwsConnection connection;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        connection = AwsTestSupport.connect(aws.endpoint());
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
    }

    @Test
    void aScriptJobsCurve_usesItsOwnDefinitions_andTheRoundLineDefaults() {
        var job = aws.sageMaker().addJob("alice-torch-2").tag("owner", "alice").hyperParameter("sagemaker_program", "\"train.py\"");
        List<MetricDefinition> launched = ScriptMetrics.forScript(List.of(new MetricDefinition("val_acc", "val_acc: ([0-9.]+)")));
        launched.forEach(d -> job.metricDefinition(d.name(), d.regex()));
        aws.logs().append("alice-torch-2/algo-1-1764151200", T0.plusSeconds(1), "epoch 1 val_acc: 0.81");
        aws.logs().append("alice-torch-2/algo-1-1764151200", T0.plusSeconds(2), "[1]#011train-logloss:0.52");
        aws.logs().append("alice-torch-2/algo-1-1764151200", T0.plusSeconds(3), "epoch 2 val_acc: 0.85");
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);

        var lines = jobs.readLogs("alice-torch-2", LogCursor.START).lines();
        MetricSeries curve = MetricSeries.EMPTY.appendRounds(MetricSeries.parse(lines, jobs.metricRules("alice-torch-2")));

        assertThat(jobs.metricRules("alice-torch-2")).isEqualTo(launched);
        assertThat(curve.of("val_acc")).containsExactly(0.81, 0.85);
        assertThat(curve.of("train:logloss")).containsExactly(0.52);
    }

    @Test
    void aBuiltInJob_keepsReadingRoundLines_whateverItsAlgorithmDeclares() {
        aws.sageMaker().addJob("alice-xgb-3").tag("owner", "alice")
                .metricDefinition("validation:auc", ".*\\[[0-9]+\\].*#011validation-auc:(\\S+)");
        aws.logs().append("alice-xgb-3/algo-1-1764151200", T0.plusSeconds(1), "[0]#011train-logloss:0.61#011validation-logloss:0.66");
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);

        List<String> names = new ArrayList<>(MetricSeries.EMPTY.appendRounds(MetricSeries.parse(
                jobs.readLogs("alice-xgb-3", LogCursor.START).lines(), jobs.metricRules("alice-xgb-3"))).names());

        assertThat(jobs.metricRules("alice-xgb-3")).isEmpty();
        assertThat(names).containsExactly("train:logloss", "validation:logloss");
    }
}
