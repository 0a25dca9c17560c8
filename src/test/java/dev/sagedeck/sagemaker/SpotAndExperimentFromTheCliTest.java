package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.testing.ScriptedAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs that finish, which moto cannot do (scripted endpoint): spot savings and cost in describe, a
 * clone resuming an interrupted spot job's checkpoints, the request's Environment and RetryStrategy
 * (moto drops both), and the lesson's 1-vs-2-instance experiment as one command.
 */
class SpotAndExperimentFromTheCliTest {
    static final String CHECKPOINTS = "s3://bucket/output/alice-spot-1/checkpoints/";
    @TempDir
    Path home;
    private ScriptedAws aws;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        aws = ScriptedAws.start();
        Path state = Files.createDirectories(home.resolve("state"));
        Files.writeString(state.resolve("config.properties"), "aws.budget.control-per-second=20\naws.timeout.call=5\naws.timeout.attempt=2\n");
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
    void describeOfAFinishedSpotJob_showsItsCostAndWhatSpotSaved() throws IOException {
        aws.sageMaker().addJob("alice-spot-1").tag("owner", "alice").instances("ml.m5.xlarge", 2).spot(true).runsFor(2700).complete();

        CliRun.Result text = run("describe", "alice-spot-1");
        CliRun.Result json = run("describe", "alice-spot-1", "--json");

        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Cost:").contains(" billed").contains("Spot savings:")
                .contains("67% saved by managed spot ($").contains("less than on-demand)");
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertThat(j.path("spotSavingsPercent").asDouble()).isBetween(66.6, 66.7); // billable 900 s of 2700 s training
        assertThat(j.path("costUsd").asDouble()).isCloseTo(j.path("usdPerHour").asDouble() * 2 * 900 / 3600, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.path("spotSavingsUsd").asDouble()).isCloseTo(j.path("usdPerHour").asDouble() * 2 * 1800 / 3600, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void launchLike_anInterruptedSpotJob_resumesItsCheckpointsWhenAsked_andOtherwiseStartsItsOwn() throws IOException {
        aws.sageMaker().addJob("alice-spot-1").tag("owner", "alice").tag("course", "ml101").spot(true).checkpoints(CHECKPOINTS)
                .secondary("Interrupted", java.time.Instant.parse("2026-11-01T08:30:00Z"));

        CliRun.Result resumed = run("launch", "--like", "alice-spot-1", "--resume-checkpoints", "--name", "spot-2", "--dry-run", "--json");
        CliRun.Result fresh = run("launch", "--like", "alice-spot-1", "--name", "spot-3", "--max_depth", "5", "--dry-run", "--json");

        assertThat(resumed.code()).as(resumed.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(resumed.out());
        assertThat(r.path("CheckpointConfig").path("S3Uri").asText()).isEqualTo(CHECKPOINTS);
        assertThat(r.path("TrainingJobName").asText()).isEqualTo("alice-spot-2");
        assertThat(r.path("EnableManagedSpotTraining").asBoolean()).isTrue();
        assertThat(r.path("InputDataConfig").get(0).path("DataSource").path("S3DataSource").path("S3Uri").asText())
                .isEqualTo("s3://bucket/alice-spot-1/train/");
        assertThat(r.path("Tags").toString()).contains("{\"Key\":\"owner\",\"Value\":\"alice\"}").contains("{\"Key\":\"course\",\"Value\":\"ml101\"}");
        assertThat(resumed.err()).contains("checkpoints: resumes from " + CHECKPOINTS);
        JsonNode f = new ObjectMapper().readTree(fresh.out());
        assertThat(f.path("CheckpointConfig").path("S3Uri").asText()).isEqualTo("s3://bucket/output/alice-spot-3/checkpoints/");
        assertThat(f.path("HyperParameters").path("max_depth").asText()).isEqualTo("5");
        assertThat(f.path("HyperParameters").path("num_round").asText()).as("the rest as the job had it").isEqualTo("100");
        assertThat(aws.count("CreateTrainingJob")).isZero();
    }

    @Test
    void resumeCheckpoints_ofAJobThatWroteNone_isExit2() {
        aws.sageMaker().addJob("alice-plain-1").tag("owner", "alice");

        CliRun.Result r = run("launch", "--like", "alice-plain-1", "--resume-checkpoints", "--dry-run");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--resume-checkpoints: alice-plain-1 wrote no checkpoints");
    }

    @Test
    void theEnvironmentAndRetryStrategy_reachCreateTrainingJob() {
        CliRun.Result r = run("launch", "--train", "s3://bucket/titanic/train/", "--output", "s3://bucket/out", "--role", LaunchSpecs.ROLE,
                "--name", "envy", "--env", "OMP_NUM_THREADS=2", "--max-retries", "3");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode req = aws.requests("CreateTrainingJob").get(0).body();
        assertThat(req.path("Environment").toString()).isEqualTo("{\"OMP_NUM_THREADS\":\"2\"}");
        assertThat(req.path("RetryStrategy").toString()).isEqualTo("{\"MaximumRetryAttempts\":3}");
    }

    @Test
    void instanceCountOneAndTwo_startsOneJobEach_waitsForBoth_andComparesTimeAndCost() throws IOException {
        aws.sageMaker().onCreate(job -> job.runsFor(job.name().endsWith("-x2") ? 400 : 600).completeAfterDescribes(2));

        CliRun.Result r = run("launch", "--train", "s3://bucket/titanic/train/", "--output", "s3://bucket/out", "--role", LaunchSpecs.ROLE,
                "--instance-type", "ml.m5.xlarge", "--instance-count", "1,2", "--poll-interval", "0.05", "--num_round", "20");

        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> created = aws.requests("CreateTrainingJob").stream().map(ScriptedAws.Request::body).toList();
        assertThat(created).hasSize(2);
        assertThat(created.get(0).path("TrainingJobName").asText()).matches("alice-xgboost-\\d{8}-\\d{6}-[a-z0-9]{4}-x1");
        assertThat(created.get(1).path("TrainingJobName").asText()).matches("alice-xgboost-\\d{8}-\\d{6}-[a-z0-9]{4}-x2");
        assertThat(created.get(0).path("ResourceConfig").path("InstanceCount").asInt()).isEqualTo(1);
        assertThat(created.get(1).path("ResourceConfig").path("InstanceCount").asInt()).isEqualTo(2);
        assertThat(r.out()).contains("instance").contains("ml.m5.xlarge x1").contains("ml.m5.xlarge x2")
                .contains("billable time").contains("10m 00s").contains("6m 40s").contains("cost");
        // wall 660 s -> 460 s (60 s starting each), cost 600 s x1 -> 400 s x2
        assertThat(r.out()).contains("x2 against x1: 1.43x the speed (wall 11m 00s -> 7m 40s) for 1.33x the cost")
                .contains("the extra instances paid for themselves");
        assertThat(r.err()).contains("Created alice-xgboost-").contains("on 2 instance(s)").contains(": Completed");
    }
}
