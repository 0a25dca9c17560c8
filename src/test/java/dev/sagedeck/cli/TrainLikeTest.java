package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardPrefill;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.ScriptMetrics;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.local.LocalJobsFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --like JOB}: the dashboard's C from a shell, a local run with the options given replacing the job's. */
class TrainLikeTest {
    @TempDir
    Path tmp;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(tmp.resolve("home"));
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(cli.localJobs());
    }

    @Test
    void trainLike_takesTheRunsDataAndHyperparameters_andTheOnesGivenOnTop() {
        CliRun.Result first = cli.run("train", "--sample", "titanic", "--max_depth", "4", "--gamma", "1", "--name", "alice-first", "--wait");
        assertThat(first.code()).as(first.toString()).isZero();

        CliRun.Result r = cli.run("train", "--like", "alice-first", "--max_depth", "6", "--name", "alice-second", "--wait");

        assertThat(r.code()).as(r.toString()).isZero();
        TrainingJob second = cli.localJobs().describe("alice-second");
        assertThat(second.hyperParameters()).containsEntry("max_depth", "6").containsEntry("gamma", "1").containsEntry("eta", "0.1")
                .containsEntry("num_round", "100");
        assertThat(second.channels()).extracting(c -> c.uri()).isEqualTo(cli.localJobs().describe("alice-first").channels().stream()
                .map(c -> c.uri()).toList());
    }

    @Test
    void cloneOfALocalScriptRun_findsTheScript_andBringsBackItsOwnMetricRulesOnce() {
        String script = LocalJobsFixture.script("ok_train.py").toString();
        CliRun.Result first = cli.run("train", "--script", script, "--metric", "acc=acc: ([0-9.]+)",
                "--metric", "train:logloss=my logloss ([0-9.]+)", "--name", "alice-rules-1", "--wait");
        assertThat(first.code()).as(first.toString()).isZero();
        TrainingJob was = cli.localJobs().describe("alice-rules-1");
        List<MetricDefinition> own = List.of(new MetricDefinition("acc", "acc: ([0-9.]+)"),
                new MetricDefinition("train:logloss", "my logloss ([0-9.]+)"));

        // the dashboard's C: the Metrics field holds the user's two rules, not the round-line defaults the record adds
        Map<WizardField, String> cloned = WizardPrefill.fromJob(was, WizardPrefill.initial(Map.of(), null));
        assertThat(ScriptMetrics.parseList(cloned.get(WizardField.METRICS))).isEqualTo(own);
        assertThat(cloned.get(WizardField.ENTRY_POINT)).as("the script where it is, not its name alone").isEqualTo(script);

        CliRun.Result r = cli.run("train", "--like", "alice-rules-1", "--name", "alice-rules-2", "--wait");

        assertThat(r.code()).as(r.toString()).isZero();
        TrainingJob again = cli.localJobs().describe("alice-rules-2");
        assertThat(again.metricDefinitions()).as("the user's rules first, the defaults once").isEqualTo(was.metricDefinitions())
                .startsWith(own.toArray(new MetricDefinition[0])).doesNotHaveDuplicates();
    }

    @Test
    void trainLike_anUnknownJob_isExit2WithTheBackendsLine() {
        CliRun.Result r = cli.run("train", "--like", "alice-nothing", "--local-only");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("alice-nothing");
    }
}
