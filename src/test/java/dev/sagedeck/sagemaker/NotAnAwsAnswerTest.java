package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.cli.CliRun;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.testing.ScriptedAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An endpoint that answers HTTP 200 with a web page (a captive portal, a proxy's login, a wrong --endpoint-url). */
class NotAnAwsAnswerTest {
    static final String PAGE = "<!DOCTYPE html><html><head><title>Sign in to the guest network</title></head>"
            + "<body><form>token: <input name=token></form></body></html>";
    static final List<String> EVERY_CALL = List.of("SageMaker.Search", "SageMaker.ListTrainingJobs", "SageMaker.DescribeTrainingJob",
            "SageMaker.ListTags", "SageMaker.StopTrainingJob", "STS.GetCallerIdentity", "Logs_20140328.DescribeLogStreams",
            "Logs_20140328.GetLogEvents");

    @TempDir
    Path home;
    private ScriptedAws aws;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        for (String target : EVERY_CALL) {
            aws.on(target, request -> new ScriptedAws.Reply(200, PAGE, "text/html; charset=utf-8"));
        }
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void describe_saysTheEndpointDidNotAnswerLikeAws_notThatCredentialsAreMissing_afterOneAttempt() {
        try (AwsConnection c = AwsTestSupport.connect(aws.endpoint())) {
            BackendException e = AwsFaultsTest.catchBackend(() -> AwsTestSupport.jobs(c).describe("alice-xgb-1"));

            assertThat(e.getMessage()).isEqualTo("DescribeTrainingJob: " + aws.endpoint()
                    + " answered with something that is not an AWS answer (a web page?); check --endpoint-url, AWS_ENDPOINT_URL and proxies")
                    .doesNotContain("credentials");
            assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(AwsTestSupport.FAST.maxAttempts()).as("retries are on").isGreaterThan(1);
            assertThat(aws.requests()).as("one attempt at the one call: a web page is not transient, so it is not retried")
                    .singleElement().matches(q -> q.target().equals("SageMaker.DescribeTrainingJob"));
        }
    }

    @Test
    void jobs_namesTheEndpoint_andMakesOneCallInsteadOfFallingBack() throws IOException {
        Path state = Files.createDirectories(home.resolve("state"));
        Map<String, String> env = AwsTestSupport.cliEnv(home, state, aws.endpoint());

        CliRun.Result r = CliRun.run(env, "jobs");

        assertThat(r.code()).as("local jobs answered, SageMaker did not: " + r).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).contains(aws.endpoint() + " answered with something that is not an AWS answer")
                .doesNotContain("credentials").doesNotContain("Exception");
        // before: "denied: could not get AWS credentials", then the fallback listed and described job by job
        assertThat(aws.requests()).as("one Search, not retried, no fallback to listing and describing")
                .singleElement().matches(q -> q.target().equals("SageMaker.Search"));
    }
}
