package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.usecase.GuardedStop;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.port.AuditLog;
import dev.sagedeck.testing.ScriptedAws;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stopping SageMaker jobs through the shared GuardedStop, against the scripted endpoint. */
class GuardedStopOnSageMakerTest {
    private static final String CALLER = "arn:aws:sts::123456789012:assumed-role/Researcher/alice";
    private ScriptedAws aws;
    private AwsConnection connection;
    private SageMakerTrainingJobs jobs;
    private final List<AuditLog.Entry> audit = new CopyOnWriteArrayList<>();
    private GuardedStop guarded;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        aws.callerArn(CALLER);
        connection = AwsTestSupport.connect(aws.endpoint());
        jobs = AwsTestSupport.jobs(connection);
        guarded = new GuardedStop(jobs, audit::add, new CallerIdentity(connection), "alice-os",
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
    }

    @Test
    void myRunningJob_stops_showsStoppingThenStopped_andTheAttemptIsAudited() {
        var job = aws.sageMaker().addJob("xgb-titanic-3").tag("owner", "alice").stoppedAfterDescribes(2);

        GuardedStop.Result result = guarded.stop("xgb-titanic-3", AwsTestSupport.ALICE, "cli");

        assertThat(result.sent()).isTrue();
        assertThat(result.message()).isEqualTo("Stop sent to xgb-titanic-3; it will show Stopping, then Stopped.");
        assertThat(aws.count("StopTrainingJob")).isEqualTo(1);
        assertThat(jobs.describe("xgb-titanic-3").status()).isEqualTo(JobStatus.STOPPING);
        assertThat(jobs.describe("xgb-titanic-3").status()).isEqualTo(JobStatus.STOPPED);
        assertThat(jobs.describe("xgb-titanic-3").secondaryStatus()).isEqualTo("Stopped");
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.caller()).isEqualTo(CALLER);
            assertThat(e.job()).isEqualTo(job.name());
            assertThat(e.where()).isEqualTo("sagemaker");
            assertThat(e.osUser()).isEqualTo("alice-os");
            assertThat(e.owner()).isEqualTo("alice");
            assertThat(e.jobOwner()).isEqualTo("alice");
            assertThat(e.decision()).isEqualTo("stopped");
            assertThat(e.reason()).isEqualTo("mine and running");
        });
    }

    @Test
    void jobThatFinishesAsTheStopArrives_getsAPlainMessageNotAStackTrace() {
        aws.sageMaker().addJob("alice-xgb-4").finishesWhenStopArrives();

        GuardedStop.Result result = guarded.stop("alice-xgb-4", AwsTestSupport.ALICE, "cli");

        assertThat(result.sent()).isFalse();
        assertThat(result.message()).isEqualTo("alice-xgb-4 finished before the stop arrived; nothing was stopped.");
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.decision()).isEqualTo("refused");
            assertThat(e.reason()).isEqualTo("finished meanwhile: alice-xgb-4 is no longer running; AWS says: "
                    + "The request was rejected because the training job is in status Completed.");
        });
    }

    @Test
    void colleaguesJob_isRefused_andNoStopCallEverReachesAws() {
        aws.sageMaker().addJob("bob-xgb-1").tag("owner", "bob");

        GuardedStop.Result result = guarded.stop("bob-xgb-1", AwsTestSupport.ALICE, "cli");

        assertThat(result.sent()).isFalse();
        assertThat(result.message()).isEqualTo("bob-xgb-1 belongs to bob. sagedeck only stops your own jobs.");
        assertThat(aws.count("StopTrainingJob")).isZero();
        assertThat(aws.sageMaker().job("bob-xgb-1").status()).isEqualTo("InProgress");
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.decision()).isEqualTo("refused");
            assertThat(e.reason()).isEqualTo("not mine (owner bob)");
            assertThat(e.jobOwner()).isEqualTo("bob");
            assertThat(e.caller()).isEqualTo(CALLER);
        });
    }

    @Test
    void colleaguesJobWithoutAnyTag_isRefusedToo() {
        aws.sageMaker().addJob("shared-xgb-2");

        GuardedStop.Result result = guarded.stop("shared-xgb-2", AwsTestSupport.ALICE, "cli");

        assertThat(result.sent()).isFalse();
        assertThat(result.message()).isEqualTo("shared-xgb-2 belongs to no one (it has no owner tag). sagedeck only stops your own jobs.");
        assertThat(aws.count("StopTrainingJob")).isZero();
    }

    @Test
    void myFinishedJob_isRefusedWithoutCallingStop() {
        aws.sageMaker().addJob("alice-xgb-5").complete();

        GuardedStop.Result result = guarded.stop("alice-xgb-5", AwsTestSupport.ALICE, "cli");

        assertThat(result.message()).isEqualTo("alice-xgb-5 is not running (status Completed); nothing to stop.");
        assertThat(aws.count("StopTrainingJob")).isZero();
    }

    @Test
    void callerIdentityIsAskedOnce_forManyAuditLines() {
        aws.sageMaker().addJob("bob-xgb-2").tag("owner", "bob");

        guarded.stop("bob-xgb-2", AwsTestSupport.ALICE, "cli");
        guarded.stop("bob-xgb-2", AwsTestSupport.ALICE, "cli");

        assertThat(audit).hasSize(2);
        assertThat(aws.count("STS.GetCallerIdentity")).isEqualTo(1);
    }
}
