package dev.sagedeck.local;

import static dev.sagedeck.local.LocalJobsFixture.awaitStatus;
import static dev.sagedeck.local.LocalJobsFixture.csv;
import static dev.sagedeck.local.LocalJobsFixture.log;
import static dev.sagedeck.local.LocalJobsFixture.scriptRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.TrainingJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's python entry point run as a local job: arguments, SM_* variables, log, exit code. */
class ScriptModeTest {
    @TempDir
    Path tmp;
    LocalTrainingJobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new LocalTrainingJobs(tmp.resolve("state/jobs"), Ownership.of("alice"), Map.of(), Clock.systemDefaultZone());
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(jobs);
    }

    @Test
    void scriptExitingZero_completes_withSortedArgsSmVariablesAndModel() throws Exception {
        TrainingJob launched = jobs.launch(scriptRun("ok_train.py", csv(tmp), Map.of("max_depth", "3", "eta", "0.1")));
        assertThat(launched.status()).isEqualTo(JobStatus.IN_PROGRESS);
        assertThat(launched.name()).startsWith("alice-ok-train-");

        TrainingJob done = awaitStatus(jobs, launched.name(), JobStatus.COMPLETED);

        String log = log(jobs, done.name());
        Path dir = Path.of(done.outputPath());
        assertThat(log).contains("args: --eta 0.1 --max_depth 3")
                .contains("SM_CHANNEL_TRAIN=" + dir.resolve("input/data/train"))
                .contains("SM_MODEL_DIR=" + dir.resolve("model"))
                .contains("SM_OUTPUT_DATA_DIR=" + dir.resolve("output/data"))
                .contains("SM_CURRENT_HOST=algo-1")
                .contains("SM_HPS={\"eta\":0.1,\"max_depth\":3}")
                .contains("train files: ['data.csv'] rows: 4")
                .contains("cwd: " + dir.resolve("code"));
        assertThat(Files.readString(dir.resolve("model/model.txt"))).isEqualTo("{\"rows\": 4}");
        assertThat(Files.readString(dir.resolve("input/config/hyperparameters.json"))).contains("\"max_depth\" : \"3\"");
        assertThat(done.transitions()).extracting(StatusTransition::status)
                .containsExactly("Starting", "Downloading", "Training", "Uploading", "Completed");
        assertThat(done.transitions()).allSatisfy(t -> assertThat(t.end()).isNotNull());
        assertThat(done.timing().started()).isNotNull();
        assertThat(done.timing().ended()).isAfterOrEqualTo(done.timing().started());
        assertThat(done.modelLocation()).isEqualTo(dir.resolve("model").toString());
        assertThat(done.failureReason()).isNull();
    }

    @Test
    void scriptRaising_fails_withTheTracebacksLastLineAsReason() throws Exception {
        TrainingJob launched = jobs.launch(scriptRun("fail_train.py", csv(tmp), Map.of()));

        TrainingJob failed = awaitStatus(jobs, launched.name(), JobStatus.FAILED);

        assertThat(failed.failureReason()).isEqualTo("ValueError: could not convert string to float: 'abc'");
        assertThat(failed.secondaryStatus()).isEqualTo("Failed");
        assertThat(Files.readString(Path.of(failed.outputPath(), "output/failure"))).isEqualTo(failed.failureReason());
        assertThat(log(jobs, failed.name())).contains("Traceback (most recent call last):");
    }

    @Test
    void scriptWritingOutputFailure_fails_withItsOwnDescription() throws Exception {
        TrainingJob launched = jobs.launch(scriptRun("failure_file.py", csv(tmp), Map.of()));

        TrainingJob failed = awaitStatus(jobs, launched.name(), JobStatus.FAILED);

        assertThat(failed.failureReason()).isEqualTo("custom reason: the label column 'Survived' is missing");
    }

    @Test
    void scriptOutput_keepsControlCharactersAsData() throws Exception {
        TrainingJob launched = jobs.launch(scriptRun("ok_train.py", csv(tmp), Map.of()));
        awaitStatus(jobs, launched.name(), JobStatus.COMPLETED);

        assertThat(log(jobs, launched.name())).contains("colour \u001b[31mred\u001b[0m bell\u0007 done");
    }

    @Test
    void run_isItsOwnSession_withStdinFromDevNull_andSurvivesItsLauncher() throws Exception {
        TrainingJob launched = jobs.launch(scriptRun("loop_train.py", csv(tmp), Map.of()));
        LocalJobsFixture.awaitLog(jobs, launched.name(), "ready");
        JobRecord r = jobs.store().find(launched.name()).orElseThrow();

        // A new session: the SIGHUP of our terminal (or SSH session) cannot reach it.
        assertThat(sessionOf(r.pid)).isNotEqualTo(sessionOf(ProcessHandle.current().pid()));
        assertThat(Files.readSymbolicLink(Path.of("/proc/" + r.pid + "/fd/0"))).isEqualTo(Path.of("/dev/null"));
        // Its output goes to the job's log file, not to a pipe that dies with us.
        assertThat(Files.readSymbolicLink(Path.of("/proc/" + r.pid + "/fd/1")))
                .isEqualTo(Path.of(launched.outputPath(), "job.log"));
        jobs.stop(launched.name());
        awaitStatus(jobs, launched.name(), JobStatus.STOPPED);
    }

    private static String sessionOf(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // Fields after the command name (in parentheses): state ppid pgrp session ...
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return f[3];
    }
}
