package dev.sagedeck.cli;

import static dev.sagedeck.local.LocalJobsFixture.script;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.local.LocalJobsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    Path tmp;
    CliRun cli;
    Path data;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(tmp.resolve("home"));
        data = LocalJobsFixture.csv(tmp);
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(cli.localJobs());
    }

    @Test
    void scriptWithLessonStyleHyperparameters_wait_json_reportsCompletedWithModel() {
        CliRun.Result r = cli.run("train", "--script", script("ok_train.py").toString(), "--train", data.toString(),
                "--max_depth", "3", "--eta", "0.1", "--hp", "subsample=0.8", "--colsample_bytree=0.8", "--wait", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("name").asText()).startsWith("alice-ok-train-");
        assertThat(j.get("status").asText()).isEqualTo("Completed");
        assertThat(j.get("modelPath").asText()).endsWith("/model");
        assertThat(j.has("trainingSeconds")).isTrue();
        assertThat(j.get("testMetrics").isObject()).isTrue();
        // The log went to stderr, made inert, with the hyperparameters as sorted arguments.
        assertThat(r.err()).contains("args: --colsample_bytree 0.8 --eta 0.1 --max_depth 3 --subsample 0.8")
                .contains("colour \u241B[31mred\u241B[0m bell\u2407 done").doesNotContain("\u001b");
    }

    @Test
    void failingScript_wait_exitsOne_withTheReason() {
        CliRun.Result r = cli.run("train", "--script", script("fail_train.py").toString(), "--wait", "--json");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.json().get("status").asText()).isEqualTo("Failed");
        assertThat(r.json().get("failureReason").asText()).isEqualTo("ValueError: could not convert string to float: 'abc'");
    }

    @Test
    void withoutWait_printsTheNameAsSoonAsTheRunHasStarted() {
        CliRun.Result r = cli.run("train", "--script", script("loop_train.py").toString(), "--name", "alice-quick-1");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().strip()).isEqualTo("alice-quick-1");
        assertThat(r.err()).contains("sagedeck logs alice-quick-1 --follow");
        TrainingJob job = cli.localJobs().describe("alice-quick-1");
        assertThat(job.status().isActive()).isTrue();
        cli.localJobs().stop("alice-quick-1");
    }

    @Test
    void scriptMode_withSourceDir_runsTheEntryPointFromItsCopy() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.copy(script("ok_train.py"), src.resolve("train_xgboost.py"));
        Files.writeString(src.resolve("helper.txt"), "x");

        CliRun.Result r = cli.run("train", "--script", "train_xgboost.py", "--source-dir", src.toString(),
                "--train", data.toString(), "--wait", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        Path jobDir = Path.of(r.json().get("jobDir").asText());
        assertThat(jobDir.resolve("code/helper.txt")).exists();
        assertThat(jobDir.resolve("code/train_xgboost.py")).exists();
    }

    @Test
    void missingTrainingFile_isExit2_namingTheFile() {
        CliRun.Result r = cli.run("train", "--train", tmp.resolve("nope.csv").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv").contains("no such file");
        assertThat(cli.localJobs().list(JobScope.ALL)).isEmpty();
    }

    @Test
    void badJobName_isExit2_namingTheViolation() {
        CliRun.Result r = cli.run("train", "--script", script("ok_train.py").toString(), "--name", "my_first_job");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'my_first_job'").contains("underscore").contains("position 3");
    }

    @Test
    void nameOfAnExistingLocalJob_isExit2() {
        assertThat(cli.run("train", "--script", script("ok_train.py").toString(), "--name", "alice-same-1").code()).isZero();

        CliRun.Result again = cli.run("train", "--script", script("ok_train.py").toString(), "--name", "alice-same-1");

        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already used by a local job");
    }

    @Test
    void badHyperparameterSyntax_isExit2_namingIt() {
        assertBadInput(cli.run("train", "--sample", "titanic", "--hp", "eta"), "--hp 'eta'", "KEY=VALUE");
        assertBadInput(cli.run("train", "--sample", "titanic", "--max_depth"), "'--max_depth' needs a value");
        assertBadInput(cli.run("train", "--sample", "titanic", "--max_depth", "3", "stray"), "unexpected argument 'stray'");
        assertBadInput(cli.run("train", "--sample", "titanic", "--eta", "0.1", "--hp", "eta=0.2"), "eta is given twice");
    }

    @Test
    void badDataOptions_areExit2_withSpecificMessages() {
        assertBadInput(cli.run("train"), "no training data");
        assertBadInput(cli.run("train", "--sample", "penguins"), "unknown sample 'penguins'");
        assertBadInput(cli.run("train", "--train", data.toString(), "--preset", "nope"), "unknown preset 'nope'");
        assertBadInput(cli.run("train", "--train", data.toString(), "--preset", "csv"), "--preset csv needs --label");
        assertBadInput(cli.run("train", "--train", "s3://bucket/k.csv"), "not S3");
        assertBadInput(cli.run("train", "--source-dir", tmp.toString()), "--source-dir goes with --script");
        assertBadInput(cli.run("train", "--script", tmp.resolve("gone.py").toString()), "gone.py", "does not exist");
    }

    @Test
    void help_isHelp_notAHyperparameter() {
        CliRun.Result r = cli.run("train", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: sagedeck train").contains("--max_depth 3");
    }

    /** Needs the built-in trainer and the bundled sample from the engine branch; passes once that is merged. */
    @Test
    void sampleTitanic_wait_json_completesWithTestAccuracyOfTheLesson() {
        CliRun.Result r = cli.run("train", "--sample", "titanic", "--max_depth", "3", "--eta", "0.1", "--subsample", "0.8",
                "--colsample_bytree", "0.8", "--num_round", "100", "--wait", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("status").asText()).isEqualTo("Completed");
        assertThat(j.get("trainingSeconds").asDouble()).isPositive();
        assertThat(Path.of(j.get("modelPath").asText())).exists();
        assertThat(j.get("testMetrics").get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.78);
    }

    private static void assertBadInput(CliRun.Result r, String... fragments) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains(fragments);
    }
}
