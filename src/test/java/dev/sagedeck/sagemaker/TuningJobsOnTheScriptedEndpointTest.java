package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.testing.ScriptedAws;
import dev.sagedeck.testing.ScriptedAwsTuning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What moto lacks, on the scripted endpoint: a tuning job's training jobs paged through
 * ListTrainingJobsForHyperParameterTuningJob, going InProgress -> Completed with objectives, ranked
 * live; and stop TUNING_JOB through the same guarded, audited stop as a training job.
 */
class TuningJobsOnTheScriptedEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    private ScriptedAws aws;
    private ScriptedAwsTuning tuning;
    private ScriptedAwsTuning.Job mine;
    private final Map<String, String> env = new HashMap<>();
    private Path state;

    @BeforeEach
    void start() throws IOException {
        aws = ScriptedAws.start();
        tuning = new ScriptedAwsTuning(aws);
        mine = tuning.add("alice-tune-1").tag("owner", "alice");
        for (int depth : new int[] {3, 9, 5, 4, 8, 6, 7, 3, 5, 9, 4, 6}) mine.child(depth);
        tuning.add("alice-tune-bobs").tag("owner", "bob").child(3);
        state = home.resolve("state");
        Files.createDirectories(state);
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
    void itsTrainingJobs_arePagedThrough_andRankedLive_asTheyGoFromInProgressToCompleted() {
        JsonNode running = run("describe", "alice-tune-1", "--json").json();
        assertThat(running.path("configurations")).hasSize(12); // 3 pages of at most 5
        assertThat(aws.count("SageMaker.ListTrainingJobsForHyperParameterTuningJob")).isGreaterThanOrEqualTo(3);
        assertThat(running.path("counters").path("inProgress").asInt()).isEqualTo(12);
        assertThat(running.path("bestJob").isNull()).isTrue();
        assertThat(running.path("configurations").findValuesAsText("best")).doesNotContain("true");

        mine.completeChildren();
        JsonNode done = run("describe", "alice-tune-1", "--json").json();

        assertThat(done.path("counters").path("completed").asInt()).isEqualTo(12);
        JsonNode rows = done.path("configurations");
        assertThat(rows.get(0).path("best").asBoolean()).isTrue();
        assertThat(rows.get(0).path("hyperParameters").path("max_depth").asText()).isEqualTo("9");
        assertThat(rows.get(0).path("objective").asDouble()).isEqualTo(0.79, org.assertj.core.data.Offset.offset(1e-6));
        List<Double> values = new ArrayList<>();
        rows.forEach(r -> values.add(r.path("objective").asDouble()));
        assertThat(values).isSortedAccordingTo(java.util.Comparator.reverseOrder()); // validation:auc: higher is better
        assertThat(done.path("bestJob").asText()).isEqualTo(rows.get(0).path("name").asText());
        // 12 training jobs of one hour each on ml.m5.large, when its price is known
        if (!done.path("costSoFarUsd").isNull()) assertThat(done.path("costSoFarUsd").asDouble()).isPositive();
    }

    @Test
    void stopOfMyRunningTuningJob_goesThroughTheGuardedStop_andIsAudited() throws IOException {
        CliRun.Result r = run("stop", "alice-tune-1", "--yes", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.json().path("decision").asText()).isEqualTo("stopped");
        assertThat(aws.count("SageMaker.StopHyperParameterTuningJob")).isEqualTo(1);
        assertThat(audit()).singleElement().satisfies(l -> {
            assertThat(l.path("job").asText()).isEqualTo("alice-tune-1");
            assertThat(l.path("where").asText()).isEqualTo("sagemaker");
            assertThat(l.path("decision").asText()).isEqualTo("stopped");
        });
        assertThat(run("describe", "alice-tune-1", "--json").json().path("status").asText()).isEqualTo("Stopping");

        CliRun.Result again = run("stop", "alice-tune-1", "--yes", "--json");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.json().path("decision").asText()).isEqualTo("refused");
        assertThat(aws.count("SageMaker.StopHyperParameterTuningJob")).isEqualTo(1);
    }

    @Test
    void aColleaguesTuningJob_isNeverStopped_andTheRefusalIsAudited() throws IOException {
        CliRun.Result r = run("stop", "alice-tune-bobs", "--yes", "--json");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.json().path("decision").asText()).isEqualTo("refused");
        assertThat(r.json().path("reason").asText()).isEqualTo("not mine (owner bob)");
        assertThat(aws.count("SageMaker.StopHyperParameterTuningJob")).isZero();
        assertThat(audit()).singleElement().satisfies(l -> assertThat(l.path("decision").asText()).isEqualTo("refused"));
    }

    private List<JsonNode> audit() throws IOException {
        Path log = state.resolve("audit.log");
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.exists(log) ? Files.readAllLines(log) : List.<String>of()) out.add(JSON.readTree(line));
        return out;
    }
}
