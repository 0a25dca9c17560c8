package dev.sagedeck.local;

import static dev.sagedeck.local.LocalJobsFixture.awaitLog;
import static dev.sagedeck.local.LocalJobsFixture.awaitStatus;
import static dev.sagedeck.local.LocalJobsFixture.csv;
import static dev.sagedeck.local.LocalJobsFixture.scriptRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping runs (SIGTERM, grace, second stop) and noticing runs that died without a word. */
class StopAndLivenessTest {
    @TempDir
    Path tmp;
    LocalTrainingJobs jobs;

    private LocalTrainingJobs jobs(int graceSeconds) {
        jobs = new LocalTrainingJobs(tmp.resolve("jobs"), Ownership.of("alice"),
                Map.of(LocalTrainingJobs.STOP_GRACE_ENV, Integer.toString(graceSeconds)), Clock.systemDefaultZone());
        return jobs;
    }

    @AfterEach
    void tearDown() {
        if (jobs != null) {
            LocalJobsFixture.killLeftovers(jobs);
        }
    }

    @Test
    void stop_sendsSigterm_scriptSavesItsModel_jobEndsStopped() throws Exception {
        jobs(30);
        String name = jobs.launch(scriptRun("loop_train.py", csv(tmp), Map.of())).name();
        awaitLog(jobs, name, "round 2");

        jobs.stop(name);

        assertThat(jobs.describe(name).status()).isIn(JobStatus.STOPPING, JobStatus.STOPPED);
        TrainingJob stopped = awaitStatus(jobs, name, JobStatus.STOPPED);
        assertThat(stopped.secondaryStatus()).isEqualTo("Stopped");
        assertThat(stopped.transitions()).extracting(StatusTransition::status)
                .containsSubsequence("Training", "Stopping", "Stopped");
        assertThat(Files.readString(Path.of(stopped.outputPath(), "model/partial-model.txt"))).startsWith("rounds=");
        assertThat(LocalJobsFixture.log(jobs, name)).contains("saved after round");
        assertThat(stopped.failureReason()).isNull();
    }

    @Test
    void scriptIgnoringSigterm_isKilledAfterTheGrace_andEndsStopped() throws Exception {
        jobs(1);
        String name = jobs.launch(scriptRun("stubborn_train.py", csv(tmp), Map.of())).name();
        awaitLog(jobs, name, "ready");
        JobRecord running = jobs.store().find(name).orElseThrow();

        jobs.stop(name);

        TrainingJob stopped = awaitStatus(jobs, name, JobStatus.STOPPED);
        assertThat(stopped.transitions().get(stopped.transitions().size() - 1).message())
                .contains("did not stop within 1 s");
        assertThat(new ProcessIdentity(running.workerPid, running.workerStart).alive()).isFalse();
        LocalJobsFixture.await(jobs, name, j -> !new ProcessIdentity(running.pid, running.pidStart).alive(), "the job process to end");
    }

    @Test
    void secondStop_onAStoppingRun_killsItAtOnce() throws Exception {
        jobs(60);
        String name = jobs.launch(scriptRun("stubborn_train.py", csv(tmp), Map.of())).name();
        awaitLog(jobs, name, "ready");
        JobRecord running = jobs.store().find(name).orElseThrow();
        jobs.stop(name);
        assertThat(jobs.describe(name).status()).isEqualTo(JobStatus.STOPPING);

        jobs.stop(name);

        TrainingJob stopped = jobs.describe(name);
        assertThat(stopped.status()).isEqualTo(JobStatus.STOPPED);
        assertThat(stopped.transitions().get(stopped.transitions().size() - 1).message()).contains("second stop");
        LocalJobsFixture.await(jobs, name, j -> !new ProcessIdentity(running.pid, running.pidStart).alive()
                && !new ProcessIdentity(running.workerPid, running.workerStart).alive(), "both processes to be gone");
    }

    @Test
    void stop_ofAFinishedJob_isAConflictNamingTheStatus() throws Exception {
        jobs(30);
        String name = jobs.launch(scriptRun("ok_train.py", csv(tmp), Map.of())).name();
        awaitStatus(jobs, name, JobStatus.COMPLETED);

        assertThatThrownBy(() -> jobs.stop(name)).isInstanceOf(BackendException.class)
                .hasMessageContaining("Completed")
                .extracting(e -> ((BackendException) e).kind()).isEqualTo(BackendException.Kind.CONFLICT);
    }

    @Test
    void runKilledWithSigkill_showsFailedWithThePid_andItsScriptIsKilledToo() throws Exception {
        jobs(30);
        String name = jobs.launch(scriptRun("loop_train.py", csv(tmp), Map.of())).name();
        awaitLog(jobs, name, "round 1");
        JobRecord running = jobs.store().find(name).orElseThrow();

        ProcessHandle.of(running.pid).orElseThrow().destroyForcibly(); // kill -9 of the job process

        TrainingJob failed = awaitStatus(jobs, name, JobStatus.FAILED);
        assertThat(failed.failureReason())
                .isEqualTo("the training process (pid " + running.pid + ") ended without recording a result (killed?)");
        LocalJobsFixture.await(jobs, name, j -> !new ProcessIdentity(running.workerPid, running.workerStart).alive(),
                "the orphaned script to be killed");
    }

    @Test
    void twoRuns_goAtOnce_andBothAreListedAsMine() throws Exception {
        jobs(30);
        String a = jobs.launch(scriptRun("loop_train.py", csv(tmp), Map.of())).name();
        String b = jobs.launch(scriptRun("loop_train.py", csv(tmp), Map.of())).name();
        assertThat(a).isNotEqualTo(b);
        awaitLog(jobs, a, "round 2");
        awaitLog(jobs, b, "round 2");

        assertThat(jobs.list(JobScope.MINE)).extracting(TrainingJob::name).contains(a, b);
        assertThat(jobs.describe(a).status()).isEqualTo(JobStatus.IN_PROGRESS);
        assertThat(jobs.describe(b).status()).isEqualTo(JobStatus.IN_PROGRESS);

        jobs.stop(a);
        jobs.stop(b);
        awaitStatus(jobs, a, JobStatus.STOPPED);
        awaitStatus(jobs, b, JobStatus.STOPPED);
    }
}
