package dev.sagedeck.local;

import static dev.sagedeck.local.LocalJobsFixture.awaitLog;
import static dev.sagedeck.local.LocalJobsFixture.awaitStatus;
import static dev.sagedeck.local.LocalJobsFixture.csv;
import static dev.sagedeck.local.LocalJobsFixture.scriptRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.usecase.GuardedStop;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.AuditLog;
import dev.sagedeck.port.BackendException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The port's other calls on real local runs: log cursors, launch checks, scopes, models, guarded stop. */
class LocalJobsPortTest {
    @TempDir
    Path tmp;
    LocalTrainingJobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new LocalTrainingJobs(tmp.resolve("jobs"), Ownership.of("alice"), Map.of(), Clock.systemDefaultZone());
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(jobs);
    }

    @Test
    void logsFromStart_giveTheLast500Lines_thenTheTokenGivesOnlyNewLines_untilComplete() throws Exception {
        TrainingJob job = jobs.launch(scriptRun("many_lines.py", csv(tmp), Map.of()));
        awaitLog(jobs, job.name(), "line 600");

        LogChunk first = jobs.readLogs(job.name(), LogCursor.START);
        assertThat(first.lines()).hasSize(500);
        assertThat(first.lines().get(0).text()).isEqualTo("line 101");
        assertThat(first.lines()).last().extracting(LogLine::text).isEqualTo("line 600");
        assertThat(first.lines()).allSatisfy(l -> assertThat(l.source()).isEqualTo("local"));
        assertThat(first.notes()).anySatisfy(n -> assertThat(n).contains("earlier lines not shown"));
        assertThat(first.complete()).isFalse();
        assertThat(jobs.readLogs(job.name(), first.next()).lines()).isEmpty();

        Files.writeString(Path.of(job.outputPath(), "output/data/go"), "");
        List<String> later = new ArrayList<>();
        LogCursor cursor = first.next();
        Instant deadline = Instant.now().plus(LocalJobsFixture.DEADLINE);
        LogChunk chunk;
        do {
            chunk = jobs.readLogs(job.name(), cursor);
            chunk.lines().forEach(l -> later.add(l.text()));
            cursor = chunk.next();
            assertThat(Instant.now()).isBefore(deadline);
        } while (!chunk.complete());

        assertThat(later).filteredOn(l -> l.startsWith("after go")).containsExactly("after go 1", "after go 2", "after go 3");
        assertThat(later).noneMatch(l -> l.startsWith("line "));
        assertThat(later).last().asString().contains("Completed");
        assertThat(jobs.describe(job.name()).status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void logToken_thatIsNotAnOffset_isInvalid() throws Exception {
        TrainingJob job = jobs.launch(scriptRun("ok_train.py", csv(tmp), Map.of()));
        assertThatThrownBy(() -> jobs.readLogs(job.name(), new LogCursor("abc")))
                .isInstanceOf(BackendException.class).hasMessageContaining("'abc'");
    }

    @Test
    void unknownJob_isNotFound_forEveryCall() {
        for (Runnable call : List.<Runnable>of(() -> jobs.describe("nope"), () -> jobs.readLogs("nope", LogCursor.START),
                () -> jobs.stop("nope"), () -> jobs.fetchModel("nope", tmp), () -> jobs.describe("../jobs"))) {
            assertThatThrownBy(call::run).isInstanceOf(BackendException.class)
                    .satisfies(e -> assertThat(((BackendException) e).kind()).isEqualTo(BackendException.Kind.NOT_FOUND));
        }
    }

    @Test
    void launch_checksItsInput_beforeStartingAnything() throws Exception {
        Path data = csv(tmp);
        assertInvalid(scriptRun("ok_train.py", tmp.resolve("missing.csv"), Map.of()), "missing.csv", "does not exist");
        assertInvalid(withName(scriptRun("ok_train.py", data, Map.of()), "my_job"), "underscore", "position 3");
        assertInvalid(scriptRun("ok_train.py", data, Map.of("bad key", "1")), "'bad key'");
        assertInvalid(new LaunchSpec(Backend.LOCAL, null, null, new DataSpec("s3://b/k.csv", null, null, null, null, null),
                Map.of(), null, null, null, null, null), "S3 URI");
        assertInvalid(new LaunchSpec(Backend.LOCAL, null, null, null, Map.of(), null, null, null, null, null), "needs training data");
        assertInvalid(new LaunchSpec(Backend.LOCAL, null, null, DataSpec.sample("penguins"), Map.of(), null, null, null, null, null),
                "no bundled sample named 'penguins'");
        assertInvalid(new LaunchSpec(Backend.LOCAL, null, null, null, Map.of(),
                new ScriptSpec("nothere.py", tmp.toString(), null, null), null, null, null, null), "nothere.py", "not in the source directory");
        assertThat(jobs.list(JobScope.ALL)).isEmpty();
    }

    @Test
    void nameAlreadyUsedByALocalJob_isRefused() throws Exception {
        Path data = csv(tmp);
        jobs.launch(withName(scriptRun("ok_train.py", data, Map.of()), "alice-mine-1"));
        assertInvalid(withName(scriptRun("ok_train.py", data, Map.of()), "alice-mine-1"), "already used by a local job");
    }

    @Test
    void mine_isWhatIOwn_all_isEveryLocalJob_newestFirst() throws Exception {
        Path data = csv(tmp);
        String mine = jobs.launch(scriptRun("ok_train.py", data, Map.of())).name();
        LaunchSpec bobs = scriptRun("ok_train.py", data, Map.of());
        String theirs = jobs.launch(new LaunchSpec(Backend.LOCAL, null, "bob", bobs.data(), Map.of(), bobs.script(),
                Resources.local(0), null, null, null)).name();

        assertThat(jobs.list(JobScope.MINE)).extracting(TrainingJob::name).containsExactly(mine);
        assertThat(jobs.list(JobScope.ALL)).extracting(TrainingJob::name).containsExactly(theirs, mine);
        assertThat(theirs).startsWith("bob-");
        awaitStatus(jobs, mine, JobStatus.COMPLETED);
        awaitStatus(jobs, theirs, JobStatus.COMPLETED);
    }

    @Test
    void fetchModel_copiesTheModelDirectory_andReturnsTheModelFile() throws Exception {
        String name = jobs.launch(scriptRun("ok_train.py", csv(tmp), Map.of())).name();
        awaitStatus(jobs, name, JobStatus.COMPLETED);

        Path file = jobs.fetchModel(name, tmp.resolve("out"));

        assertThat(file).isEqualTo(tmp.resolve("out/model.txt"));
        assertThat(Files.readString(file)).isEqualTo("{\"rows\": 4}");
    }

    @Test
    void guardedStop_refusesSomeoneElsesRun_stopsMine_andASecondStopKills() throws Exception {
        Map<String, String> grace = Map.of(LocalTrainingJobs.STOP_GRACE_ENV, "60");
        jobs = new LocalTrainingJobs(tmp.resolve("jobs"), Ownership.of("alice"), grace, Clock.systemDefaultZone());
        LaunchSpec s = scriptRun("stubborn_train.py", csv(tmp), Map.of());
        String bobs = jobs.launch(new LaunchSpec(Backend.LOCAL, null, "bob", s.data(), Map.of(), s.script(), null, null, null, null)).name();
        String mine = jobs.launch(s).name();
        awaitLog(jobs, mine, "ready");
        List<AuditLog.Entry> audit = new ArrayList<>();
        GuardedStop guard = new GuardedStop(jobs, audit::add, () -> null, "alice", Clock.systemUTC());
        Ownership alice = Ownership.of("alice");

        assertThat(guard.stop(bobs, alice, "cli").sent()).isFalse();
        assertThat(jobs.describe(bobs).status()).isEqualTo(JobStatus.IN_PROGRESS);
        assertThat(guard.stop(mine, alice, "cli").sent()).isTrue();
        assertThat(jobs.describe(mine).status()).isEqualTo(JobStatus.STOPPING);
        GuardedStop.Result second = guard.stop(mine, alice, "cli");

        assertThat(second.sent()).isTrue();
        assertThat(second.message()).contains("killed");
        assertThat(jobs.describe(mine).status()).isEqualTo(JobStatus.STOPPED);
        assertThat(audit).extracting(AuditLog.Entry::decision).containsExactly("refused", "stopped", "killed");
        assertThat(audit.get(0).reason()).isEqualTo("not mine (owner bob)");
        jobs.stop(bobs);
        jobs.stop(bobs);
    }

    private void assertInvalid(LaunchSpec spec, String... fragments) {
        assertThatThrownBy(() -> jobs.launch(spec)).isInstanceOf(BackendException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }

    private static LaunchSpec withName(LaunchSpec s, String name) {
        return new LaunchSpec(s.backend(), name, s.owner(), s.data(), s.hyperParameters(), s.script(), s.resources(),
                s.roleArn(), s.outputPath(), s.imageVersion());
    }
}
