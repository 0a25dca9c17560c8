package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.testing.ScriptedAws;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a user sees when AWS throttles, fails, hangs, drops the line or refuses the connection. */
class AwsFaultsTest {
    private ScriptedAws aws;
    private AwsConnection connection;
    private SageMakerTrainingJobs jobs;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        aws.sageMaker().addJob("alice-xgb-1").tag("owner", "alice");
        connection = AwsTestSupport.connect(aws.endpoint());
        jobs = AwsTestSupport.jobs(connection);
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
    }

    @Test
    void shortThrottlingBurst_isRiddenOutByRetries() {
        aws.faults().throttle("DescribeTrainingJob", 2);

        assertThat(jobs.describe("alice-xgb-1").status()).isEqualTo(JobStatus.IN_PROGRESS);
        assertThat(aws.count("DescribeTrainingJob")).isEqualTo(3);
    }

    @Test
    void throttlingThatOutlastsRetries_saysThrottledAndNamesTheCall() {
        aws.faults().throttle("DescribeTrainingJob", 10);

        assertThatThrownBy(() -> jobs.describe("alice-xgb-1"))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("DescribeTrainingJob was throttled by AWS (Rate exceeded)")
                .extracting(e -> ((BackendException) e).kind()).isEqualTo(Kind.THROTTLED);
        assertThat(aws.count("DescribeTrainingJob")).isEqualTo(AwsTestSupport.FAST.maxAttempts());
    }

    @Test
    void passing5xx_isRetriedAndTheUserNeverNotices() {
        aws.faults().serverError("DescribeTrainingJob", 1, 500);

        assertThat(jobs.describe("alice-xgb-1").name()).isEqualTo("alice-xgb-1");
    }

    @Test
    void lasting5xx_saysUnavailableWithStatusAndCall() {
        aws.faults().serverError("DescribeTrainingJob", 10, 503);

        assertThatThrownBy(() -> jobs.describe("alice-xgb-1"))
                .hasMessageContaining("DescribeTrainingJob failed on the AWS side (HTTP 503")
                .extracting(e -> ((BackendException) e).kind()).isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    void tenSecondAnswer_failsFastAsUnavailableNamingTheCall() {
        aws.faults().delay("DescribeTrainingJob", 10, Duration.ofSeconds(10));

        BackendException e = assertTimeoutPreemptively(Duration.ofSeconds(8),
                () -> catchBackend(() -> jobs.describe("alice-xgb-1")));

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).startsWith("DescribeTrainingJob got no answer from " + aws.endpoint());
    }

    @Test
    void droppedConnection_onceIsRetried_alwaysIsUnavailable() {
        aws.faults().drop("DescribeTrainingJob", 1);
        assertThat(jobs.describe("alice-xgb-1").name()).isEqualTo("alice-xgb-1");

        aws.faults().drop("DescribeTrainingJob", 10);
        BackendException e = catchBackend(() -> jobs.describe("alice-xgb-1"));
        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).isEqualTo("DescribeTrainingJob lost the connection to " + aws.endpoint()
                + ": the answer was cut off");
    }

    @Test
    void closedPort_isConnectionRefusedNotAHang() {
        URI dead = ScriptedAws.refusingEndpoint();
        try (AwsConnection nowhere = AwsTestSupport.connect(dead)) {
            BackendException e = assertTimeoutPreemptively(Duration.ofSeconds(8),
                    () -> catchBackend(() -> AwsTestSupport.jobs(nowhere).describe("alice-xgb-1")));

            assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(e.getMessage()).isEqualTo("DescribeTrainingJob could not connect to " + dead
                    + " (connection refused or unreachable)");
        }
    }

    @Test
    void expiredCredentials_sayWhichCallWasDeniedAndWhy() {
        aws.faults().always("DescribeTrainingJob", 400, "ExpiredTokenException",
                "The security token included in the request is expired");

        BackendException e = catchBackend(() -> jobs.describe("alice-xgb-1"));

        assertThat(e.kind()).isEqualTo(Kind.DENIED);
        assertThat(e.getMessage()).isEqualTo(
                "DescribeTrainingJob was denied: The security token included in the request is expired");
        assertThat(aws.count("DescribeTrainingJob")).as("not retried").isEqualTo(1);
    }

    @Test
    void missingPermission_isDeniedNamingTheCall() {
        aws.faults().always("StopTrainingJob", 400, "AccessDeniedException",
                "User: arn:aws:sts::123456789012:assumed-role/R/alice is not authorized to perform: sagemaker:StopTrainingJob");

        BackendException e = catchBackend(() -> jobs.stop("alice-xgb-1"));

        assertThat(e.kind()).isEqualTo(Kind.DENIED);
        assertThat(e.getMessage()).startsWith("StopTrainingJob was denied: User: arn:aws:sts::");
    }

    @Test
    void unknownJob_isNotFoundInPlainWords() {
        BackendException e = catchBackend(() -> jobs.describe("nobody-xgb-9"));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("no training job named 'nobody-xgb-9'");
    }

    @Test
    void nameSageMakerCannotHave_isNotFoundWithoutAnyCall() {
        BackendException e = catchBackend(() -> jobs.describe("local_run.2026"));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(aws.requests()).isEmpty();
    }

    static BackendException catchBackend(Runnable r) {
        try {
            r.run();
        } catch (BackendException e) {
            return e;
        }
        throw new AssertionError("expected a BackendException");
    }
}
