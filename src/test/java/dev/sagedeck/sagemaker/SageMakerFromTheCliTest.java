package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.app.InertText;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.testing.ScriptedAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI commands other helpers wrote, working on SageMaker jobs through this adapter (scripted endpoint). */
class SageMakerFromTheCliTest {
    @TempDir
    Path home;
    private ScriptedAws aws;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        aws = ScriptedAws.start();
        aws.sageMaker().addJob("alice-xgb-1").tag("owner", "alice").instances("ml.m5.xlarge", 2);
        aws.sageMaker().addJob("bob-xgb-1").tag("owner", "bob");
        Path state = home.resolve("state");
        Files.createDirectories(state);
        // a test-sized call budget and timeouts, through the same config keys a user has
        Files.writeString(state.resolve("config.properties"), "aws.budget.control-per-second=20\n"
                + "aws.budget.logs-per-second=20\naws.timeout.call=5\naws.timeout.attempt=2\n");
        env.putAll(AwsTestSupport.cliEnv(home, state, aws.endpoint()));
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(env, args);
    }

    @Test
    void jobsJson_listsMySageMakerJobsOnly() throws IOException {
        CliRun.Result r = run("jobs", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode jobs = new ObjectMapper().readTree(r.out());
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).toString()).contains("alice-xgb-1").contains("sagemaker");
    }

    @Test
    void describe_showsInstancesAndTags() {
        CliRun.Result r = run("describe", "alice-xgb-1");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("alice-xgb-1").contains("ml.m5.xlarge").contains("InProgress");
    }

    @Test
    void logsFollow_printsEveryInstanceUntilTheJobEnds() {
        aws.logs().append("alice-xgb-1/algo-1-1764151200", Instant.now(), "[0]#011train-logloss:0.6");
        aws.logs().append("alice-xgb-1/algo-2-1764151200", Instant.now(), "worker up");
        aws.sageMaker().job("alice-xgb-1").completeAfterDescribes(4);

        CliRun.Result r = run("logs", "--follow", "alice-xgb-1");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[algo-1] " + InertText.of("[0]\ttrain-logloss:0.6")).contains("[algo-2] worker up");
    }

    @Test
    void stopOfAColleaguesJob_isRefused_audited_andNeverSent() throws IOException {
        CliRun.Result r = run("stop", "--yes", "bob-xgb-1");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bob-xgb-1 belongs to bob. sagedeck only stops your own jobs.");
        assertThat(aws.count("StopTrainingJob")).isZero();
        assertThat(Files.readString(home.resolve("state/audit.log")))
                .contains("\"job\":\"bob-xgb-1\"").contains("\"decision\":\"refused\"")
                .contains("\"reason\":\"not mine (owner bob)\"");
    }

    @Test
    void stopOfMyJob_isSent_andAuditedWithMyAwsIdentity() throws IOException {
        CliRun.Result r = run("stop", "--yes", "alice-xgb-1");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Stop sent to alice-xgb-1");
        assertThat(aws.count("StopTrainingJob")).isEqualTo(1);
        assertThat(Files.readString(home.resolve("state/audit.log")))
                .contains("\"caller\":\"arn:aws:sts::123456789012:assumed-role/Researcher/alice\"").contains("\"decision\":\"stopped\"");
    }

    @Test
    void unknownJob_isOneLineNotAStackTrace() {
        CliRun.Result r = run("describe", "alice-missing-9");

        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).doesNotContain("Exception").contains("no training job named 'alice-missing-9'");
    }

    @Test
    void noRegion_localJobsStillList() {
        env.remove("AWS_REGION");

        CliRun.Result r = run("jobs", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("[ ]");
        assertThat(aws.requests()).isEmpty();
    }
}
