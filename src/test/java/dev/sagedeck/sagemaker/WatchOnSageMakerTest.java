package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.domain.PhaseRecord;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.config.PhaseHistoryFile;
import dev.sagedeck.testing.ScriptedAws;
import dev.sagedeck.testing.ScriptedAwsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sagedeck watch} following a SageMaker job through the scripted endpoint, at one Search per look. */
class WatchOnSageMakerTest {
    static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

    @TempDir
    Path home;
    private ScriptedAws aws;
    private Path state;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        aws = ScriptedAws.start();
        state = home.resolve("state");
        Files.createDirectories(state);
        Files.writeString(state.resolve("config.properties"), "aws.budget.control-per-second=20\n"
                + "aws.budget.logs-per-second=20\naws.timeout.call=30\naws.timeout.attempt=20\n");
        env.putAll(AwsTestSupport.cliEnv(home, state, aws.endpoint()));
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    /** Six earlier jobs of mine on the same image and instance type downloaded in 1 to 3 minutes. */
    private void historyOfQuickDownloads() throws IOException {
        List<PhaseRecord> past = new ArrayList<>();
        long[] seconds = {60, 95, 120, 180, 70, 150};
        for (int i = 0; i < seconds.length; i++) {
            past.add(new PhaseRecord("alice-old-" + i, Backend.SAGEMAKER, IMAGE, "ml.m5.xlarge", null,
                    Instant.now().minus(Duration.ofDays(i + 1)), Map.of("Downloading", seconds[i], "Training", 900L)));
        }
        new PhaseHistoryFile(state).append(past);
    }

    @Test
    void watchJson_saysTheDownloadStalledThenThatTheJobFailed_andExitsWith1() throws IOException {
        historyOfQuickDownloads();
        Instant created = Instant.now().minus(Duration.ofMinutes(16));
        ScriptedAwsJob job = aws.sageMaker().addJob("alice-xgb-1", created).tag("owner", "alice").instances("ml.m5.xlarge", 1);
        job.secondary("Downloading", created.plusSeconds(60));
        job.onSearch(() -> { }, () -> job.secondary("Training", Instant.now()),
                () -> job.fail("AlgorithmError: ExecuteUserScriptError:\nTraceback (most recent call last):"));

        CliRun.Result r = CliRun.run(env, "watch", "alice-xgb-1", "--json", "--interval", "0.05");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        List<JsonNode> lines = jsonLines(r.out());
        assertThat(lines).as(r.err()).hasSize(2);
        assertThat(lines.get(0).path("signal").asText()).isEqualTo("stalled");
        assertThat(lines.get(0).path("job").asText()).isEqualTo("alice-xgb-1");
        assertThat(lines.get(0).path("title").asText()).isEqualTo("Stalled in Downloading");
        assertThat(lines.get(0).path("detail").asText()).isEqualTo("Downloading for 15 min; your last 6 comparable jobs took 1\u20133 min");
        assertThat(lines.get(1).path("signal").asText()).isEqualTo("failed");
        assertThat(lines.get(1).path("title").asText()).isEqualTo("Failed: AlgorithmError: ExecuteUserScriptError:");
        assertThat(aws.count("SageMaker.Search")).isEqualTo(3); // one look per round, no call of its own
        // the failed job's normal phases joined the history
        assertThat(new PhaseHistoryFile(state).read().contains("alice-xgb-1")).isTrue();
    }

    @Test
    void watchOfANamedJob_whoseLogWentQuiet_saysTheLogIsSilent_thenThatItCompleted() throws IOException {
        Instant created = Instant.now().minus(Duration.ofMinutes(45));
        ScriptedAwsJob job = aws.sageMaker().addJob("alice-xgb-2", created).tag("owner", "alice").instances("ml.m5.xlarge", 1);
        job.secondary("Training", created.plusSeconds(120));
        // a line every 10 s for two minutes, then nothing for the last 30 minutes
        Instant firstLine = Instant.now().minus(Duration.ofMinutes(32));
        for (int i = 0; i < 13; i++) {
            aws.logs().append("alice-xgb-2/algo-1-1700000000", firstLine.plusSeconds(10L * i), "[" + i + "]#011train-logloss:0.5");
        }
        job.onSearch(() -> { }, () -> { }, job::complete);

        CliRun.Result r = CliRun.run(env, "watch", "alice-xgb-2", "--json", "--interval", "0.05");

        assertThat(r.code()).as(r.toString()).isZero();
        List<JsonNode> lines = jsonLines(r.out());
        assertThat(lines).as(r.err()).extracting(l -> l.path("signal").asText()).containsExactly("silent", "completed");
        assertThat(lines.get(0).path("detail").asText()).startsWith("no log line for 30 min");
    }

    @Test
    void watchAllMine_readsTheCloudWatchLogOfTheNamedJobOnly_notOfEveryRunningJob() throws IOException {
        Instant created = Instant.now().minus(Duration.ofMinutes(5));
        ScriptedAwsJob named = aws.sageMaker().addJob("alice-xgb-3", created).tag("owner", "alice").instances("ml.m5.xlarge", 1);
        aws.sageMaker().addJob("alice-xgb-4", created).tag("owner", "alice").instances("ml.m5.xlarge", 1);
        aws.logs().append("alice-xgb-3/algo-1-1700000000", created.plusSeconds(60), "[0]#011train-logloss:0.5");
        aws.logs().append("alice-xgb-4/algo-1-1700000000", created.plusSeconds(60), "[0]#011train-logloss:0.5");
        named.onSearch(() -> { }, named::complete);

        CliRun.Result r = CliRun.run(env, "watch", "alice-xgb-3", "--all-mine", "--json", "--interval", "0.05");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(aws.requests("Logs_20140328.DescribeLogStreams")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.body().path("logStreamNamePrefix").asText()).startsWith("alice-xgb-3"));
        assertThat(aws.requests("Logs_20140328.GetLogEvents")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.body().path("logStreamName").asText()).startsWith("alice-xgb-3/"));
    }

    @Test
    void watch_ofAColleaguesJob_isRefusedWithExit2() {
        aws.sageMaker().addJob("bob-xgb-1", Instant.now()).tag("owner", "bob");

        CliRun.Result r = CliRun.run(env, "watch", "bob-xgb-1", "--interval", "0.05");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("bob-xgb-1 belongs to bob");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void notifyCmd_runsWithoutAShell_soMetacharactersInTheCommandAndTheJobNameStayInert() throws IOException {
        String name = "alice-$(touch pwned);x`id`";
        Path marker = home.resolve("pwned-by-notify");
        aws.sageMaker().addJob(name, Instant.now()).tag("owner", "alice").complete();

        CliRun.Result r = CliRun.run(env, "watch", name, "--interval", "0.05",
                "--notify-cmd", "printenv SAGEDECK_SIGNAL SAGEDECK_JOB ; touch " + marker);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains(name + ": Completed");
        // the signal arrived in the environment, the name verbatim
        assertThat(r.err()).contains("completed\n" + name + "\n");
        // no shell: ";", "touch" and the path were three more names for printenv (which said 1: not set), nothing ran
        assertThat(r.err()).contains("--notify-cmd exited with 1");
        assertThat(Files.exists(marker)).isFalse();
        assertThat(Files.exists(Path.of("pwned"))).isFalse();
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                lines.add(new ObjectMapper().readTree(l));
            }
        }
        return lines;
    }
}
