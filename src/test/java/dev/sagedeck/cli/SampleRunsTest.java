package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.local.LocalJobsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample from the command line: the lesson's values by default, and the long demo to practise stopping. */
class SampleRunsTest {
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
    void trainSample_withoutHyperparameters_usesTheLessonsValues_andAGivenOneOnTop() {
        CliRun.Result r = cli.run("train", "--sample", "titanic", "--learning_rate", "0.2", "--name", "alice-lesson-1");

        assertThat(r.code()).as(r.toString()).isZero();
        TrainingJob job = cli.localJobs().describe("alice-lesson-1");
        assertThat(job.hyperParameters()).containsEntry("max_depth", "3").containsEntry("subsample", "0.8")
                .containsEntry("colsample_bytree", "0.8").containsEntry("num_round", "100")
                .containsEntry("learning_rate", "0.2").doesNotContainKey("eta");
        assertThat(HyperParameterRules.lessonValues()).containsEntry("max_depth", "3").containsEntry("eta", "0.1");
    }

    @Test
    void checkSample_checksTheLessonsValues() {
        CliRun.Result r = cli.run("check", "--sample", "titanic");

        assertThat(r.out()).as(r.toString()).contains("max_depth 3, eta 0.1, subsample 0.8, colsample_bytree 0.8, num_round 100");
    }

    @Test
    void longDemo_runsUntilStopped_thenKeepsTheModelSoFar() throws Exception {
        CliRun.Result r = cli.run("train", "--sample", "titanic", "--demo-long", "--name", "alice-long-1");
        assertThat(r.code()).as(r.toString()).isZero();

        LocalJobsFixture.awaitLog(cli.localJobs(), "alice-long-1", "[2]");
        assertThat(cli.localJobs().describe("alice-long-1").status()).isEqualTo(JobStatus.IN_PROGRESS);
        assertThat(LocalJobsFixture.log(cli.localJobs(), "alice-long-1")).contains("Long demo: each round pauses 0.6 s");

        CliRun.Result stop = cli.run("stop", "alice-long-1", "--yes");
        assertThat(stop.code()).as(stop.toString()).isZero();
        TrainingJob stopped = LocalJobsFixture.awaitStatus(cli.localJobs(), "alice-long-1", JobStatus.STOPPED);
        assertThat(stopped.transitions().get(stopped.transitions().size() - 1).message()).contains("model so far saved");
        assertThat(LocalJobsFixture.log(cli.localJobs(), "alice-long-1"))
                .contains("Stop requested: finishing the current round and saving the model so far");
        assertThat(Files.exists(Path.of(stopped.modelLocation()))).isTrue();
    }

    @Test
    void trainWaitAndLogs_printRoundLinesAsColumns_andLogsJsonGivesOneObjectPerLine() throws Exception {
        CliRun.Result train = cli.run("train", "--sample", "titanic", "--name", "alice-rounds-1", "--wait");
        assertThat(train.code()).as(train.toString()).isZero();
        assertThat(train.out()).containsPattern("\\[0\\] +train-logloss:[0-9.]+ +validation-logloss:").doesNotContain("#011");

        CliRun.Result logs = cli.run("logs", "alice-rounds-1");
        assertThat(logs.out()).containsPattern("\\[99\\] +train-logloss:").doesNotContain("#011");

        CliRun.Result json = cli.run("logs", "alice-rounds-1", "--json");
        assertThat(json.code()).as(json.toString()).isZero();
        java.util.List<String> lines = json.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(100);
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String l : lines) {
            assertThat(m.readTree(l).has("text")).as(l).isTrue();
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"source\":\"local\"").contains("[99]#011train-logloss"));
    }

    @Test
    void demoLong_withoutTheSample_isRefusedWithWhatItGoesWith() {
        CliRun.Result r = cli.run("train", "--train", "x.csv", "--demo-long");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--demo-long goes with --sample titanic");
    }
}
