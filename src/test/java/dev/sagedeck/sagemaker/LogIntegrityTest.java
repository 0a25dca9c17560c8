package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.testing.ScriptedAws;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CloudWatch log that arrives out of order, twice or with lines missing says so, instead of
 * looking whole: the scripted endpoint delivers events in the order a test appends them, through
 * the real SDK.
 */
class LogIntegrityTest {
    private static final String JOB = "alice-xgb-9";
    private static final String STREAM = JOB + "/algo-1-1764151200";
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private ScriptedAws aws;
    private AwsConnection connection;
    private SageMakerTrainingJobs jobs;

    @TempDir
    Path home;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        aws.sageMaker().addJob(JOB).tag("owner", "alice").instances("ml.m5.xlarge", 1);
        // not a fault test: patient, so a loaded machine does not fail it
        connection = AwsTestSupport.connect(aws.endpoint(), AwsTestSupport.PATIENT);
        jobs = AwsTestSupport.jobs(connection);
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
    }

    private void line(int second, String text) {
        aws.logs().append(STREAM, T0.plusSeconds(second), text);
    }

    private static List<String> texts(LogChunk c) {
        return c.lines().stream().map(LogLine::text).toList();
    }

    @Test
    void aLineDeliveredAfterANewerOne_isShown_andTheLogSaysItArrivedOutOfOrder() {
        line(1, "loading data");
        line(5, "[0]#011train-logloss:0.61");
        LogChunk first = jobs.readLogs(JOB, LogCursor.START);
        assertThat(first.notes()).isEmpty();

        line(2, "data loaded: 713 rows");
        line(6, "[1]#011train-logloss:0.52");
        LogChunk second = jobs.readLogs(JOB, first.next());

        assertThat(texts(second)).containsExactly("data loaded: 713 rows", "[1]\ttrain-logloss:0.52");
        assertThat(second.notes()).containsExactly("algo-1: 1 line arrived out of order (up to 3 s older than a line already shown)");
    }

    @Test
    void theSameEventDeliveredAgain_isShownOnce_andTheLogSaysSo() {
        line(1, "[0]#011train-logloss:0.61");
        line(2, "[1]#011train-logloss:0.52");
        LogChunk first = jobs.readLogs(JOB, LogCursor.START);

        line(2, "[1]#011train-logloss:0.52"); // CloudWatch hands the same event over again
        line(3, "[2]#011train-logloss:0.47");
        LogChunk second = jobs.readLogs(JOB, first.next());

        assertThat(texts(second)).containsExactly("[2]\ttrain-logloss:0.47");
        assertThat(second.notes()).containsExactly("algo-1: 1 line arrived twice; shown once");
    }

    @Test
    void identicalLinesInOnePage_areAProgramsOwnOutput_andAllShown() {
        line(1, "epoch done");
        line(1, "epoch done");
        LogChunk c = jobs.readLogs(JOB, LogCursor.START);

        assertThat(texts(c)).containsExactly("epoch done", "epoch done");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void roundsMissingFromTheStream_theLogSaysItMayBeIncomplete_evenAcrossPolls() {
        line(1, "[0]#011train-logloss:0.61");
        line(2, "[1]#011train-logloss:0.52");
        LogChunk first = jobs.readLogs(JOB, LogCursor.START);
        line(5, "[4]#011train-logloss:0.40");
        line(6, "[6]#011train-logloss:0.38");
        LogChunk second = jobs.readLogs(JOB, first.next());

        assertThat(second.notes()).containsExactly(
                "algo-1: rounds [2] to [3] are missing (CloudWatch delivered [1], then [4]); this log may be incomplete",
                "algo-1: round [5] is missing (CloudWatch delivered [4], then [6]); this log may be incomplete");
    }

    @Test
    void logsCommand_saysItOnStderr_andLogsJson_putsANoteObjectAmongTheLines() throws Exception {
        line(1, "[0]#011train-logloss:0.61");
        line(3, "[2]#011train-logloss:0.47");
        line(2, "late line");
        var env = AwsTestSupport.cliEnv(home, Files.createDirectories(home.resolve("state")), aws.endpoint());

        CliRun.Result text = CliRun.run(env, "logs", JOB);
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.err()).contains("(algo-1: round [1] is missing (CloudWatch delivered [0], then [2]); this log may be incomplete)")
                .contains("(algo-1: 1 line arrived out of order (up to 1 s older than a line already shown))");

        CliRun.Result json = CliRun.run(env, "logs", JOB, "--json");
        assertThat(json.code()).as(json.toString()).isZero();
        ObjectMapper m = new ObjectMapper();
        List<String> notes = new ArrayList<>();
        int lines = 0;
        for (String l : json.out().lines().toList()) {
            var n = m.readTree(l);
            if (n.has("note")) notes.add(n.get("note").asText());
            if (n.has("text")) lines++;
        }
        assertThat(lines).isEqualTo(3);
        assertThat(notes).containsExactly("algo-1: round [1] is missing (CloudWatch delivered [0], then [2]); this log may be incomplete",
                "algo-1: 1 line arrived out of order (up to 1 s older than a line already shown)");
    }

    @Test
    void theDashboardsLogPane_showsTheNote_aboveTheLines() {
        line(1, "[0]#011train-logloss:0.61");
        line(2, "[3]#011train-logloss:0.47");
        jobs.list(dev.sagedeck.domain.JobScope.MINE); // the SDK's first call is slow on a loaded machine: not the dashboard's
        try (ScreenHarness h = ScreenHarness.start(120, 35, jobs, "alice")) {
            h.press("<Enter>"); // a running job opens on its log
            // the note wraps in the pane: both halves, above the first line
            assertThat(h.text()).contains("| note: algo-1: rounds [1] to [2] are missing (CloudWatch")
                    .contains("delivered [0], then [3]); this log may be incomplete");
            assertThat(h.text().indexOf("note: algo-1")).isLessThan(h.text().indexOf("[0]     train-logloss:0.61"));
        }
    }
}
