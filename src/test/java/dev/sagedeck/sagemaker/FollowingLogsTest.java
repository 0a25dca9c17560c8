package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.RoundMetrics;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.testing.ScriptedAws;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Following a running job's log across its instances until it ends, against the scripted endpoint. */
class FollowingLogsTest {
    private static final String JOB = "alice-xgb-7";
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private ScriptedAws aws;
    private AwsConnection connection;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        aws.sageMaker().addJob(JOB).tag("owner", "alice").instances("ml.m5.xlarge", 2);
        connection = AwsTestSupport.connect(aws.endpoint());
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
    }

    private void line(String instance, int second, String text) {
        aws.logs().append(JOB + "/" + instance + "-1764151200", T0.plusSeconds(second), text);
    }

    private static List<String> texts(List<LogLine> lines) {
        return lines.stream().map(l -> l.source() + " " + l.text()).toList();
    }

    @Test
    void runningJob_linesArriveWhileFollowing_onceEach_untilCompleted() {
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        line("algo-1", 1, "[0]#011train-logloss:0.61");
        line("algo-2", 2, "worker ready");

        LogChunk first = jobs.readLogs(JOB, LogCursor.START);
        assertThat(texts(first.lines())).containsExactly("algo-1 [0]\ttrain-logloss:0.61", "algo-2 worker ready");
        assertThat(first.complete()).isFalse();

        line("algo-2", 3, "round 1 done");
        line("algo-1", 4, "[1]#011train-logloss:0.52");
        LogChunk second = jobs.readLogs(JOB, first.next());
        assertThat(texts(second.lines())).containsExactly("algo-2 round 1 done", "algo-1 [1]\ttrain-logloss:0.52");

        LogChunk quiet = jobs.readLogs(JOB, second.next());
        assertThat(quiet.lines()).isEmpty();
        assertThat(quiet.complete()).isFalse();

        line("algo-1", 5, "[2]#011train-logloss:0.47");
        aws.sageMaker().job(JOB).complete();
        line("algo-1", 6, "Training complete, uploading model");

        List<String> rest = new ArrayList<>();
        LogChunk chunk = quiet;
        Instant deadline = Instant.now().plusSeconds(10);
        while (!chunk.complete()) {
            assertThat(Instant.now()).as("log never completed").isBefore(deadline);
            chunk = jobs.readLogs(JOB, chunk.next());
            rest.addAll(texts(chunk.lines()));
        }
        assertThat(rest).containsExactly("algo-1 [2]\ttrain-logloss:0.47", "algo-1 Training complete, uploading model");
        assertThat(jobs.describe(JOB).status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void jobThatBecomesCompletedAfterSomeDescribes_endsTheFollowOnItsOwn() {
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        aws.sageMaker().job(JOB).completeAfterDescribes(3);
        line("algo-1", 1, "starting");

        LogChunk chunk = jobs.readLogs(JOB, LogCursor.START);
        int polls = 1;
        while (!chunk.complete() && polls < 20) {
            chunk = jobs.readLogs(JOB, chunk.next());
            polls++;
        }

        assertThat(chunk.complete()).isTrue();
        assertThat(polls).isBetween(3, 6);
    }

    @Test
    void instanceThatStartsLate_isDiscoveredWithANote_andReadFromItsFirstLine() {
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        line("algo-1", 1, "leader up");
        LogChunk first = jobs.readLogs(JOB, LogCursor.START);

        line("algo-2", 2, "late worker line 1");
        line("algo-2", 3, "late worker line 2");
        LogChunk next = jobs.readLogs(JOB, first.next());

        assertThat(next.notes()).contains("new instance stream discovered: algo-2");
        assertThat(texts(next.lines())).containsExactly("algo-2 late worker line 1", "algo-2 late worker line 2");
    }

    @Test
    void openingALongLog_showsOnlyTheLastLinesAcrossInstances_thenOnlyNewOnes() {
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection, MineListing.Plan.COMBINED, 5);
        for (int i = 0; i < 20; i++) {
            line(i % 2 == 0 ? "algo-1" : "algo-2", i, "line " + i);
        }

        LogChunk first = jobs.readLogs(JOB, LogCursor.START);
        line("algo-1", 30, "line 30");
        LogChunk next = jobs.readLogs(JOB, first.next());

        assertThat(first.lines()).extracting(LogLine::text).containsExactly("line 15", "line 16", "line 17", "line 18", "line 19");
        assertThat(first.notes()).anyMatch(n -> n.startsWith("showing the last 5 lines"));
        assertThat(next.lines()).extracting(LogLine::text).containsExactly("line 30");
    }

    @Test
    void manyPagesAndManyStreams_areFollowedToTheEnd() {
        aws.logs().streamsPerPage(1);
        aws.logs().eventsPerPage(2);
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        line("algo-1", 1, "a1");
        line("algo-2", 1, "b1");
        LogChunk first = jobs.readLogs(JOB, LogCursor.START);
        for (int i = 2; i <= 6; i++) {
            line("algo-1", i, "a" + i);
        }

        List<String> seen = new ArrayList<>(texts(first.lines()));
        LogChunk chunk = first;
        for (int poll = 0; poll < 5; poll++) {
            chunk = jobs.readLogs(JOB, chunk.next());
            seen.addAll(texts(chunk.lines()));
        }

        assertThat(seen).containsExactly("algo-1 a1", "algo-2 b1", "algo-1 a2", "algo-1 a3", "algo-1 a4",
                "algo-1 a5", "algo-1 a6");
    }

    @Test
    void logGroupThatDoesNotExistYet_isAnEmptyChunkNotAnError() {
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);

        LogChunk chunk = jobs.readLogs(JOB, LogCursor.START);

        assertThat(chunk.lines()).isEmpty();
        assertThat(chunk.complete()).isFalse();
        assertThat(aws.count("DescribeLogStreams")).isEqualTo(1);
    }

    @Test
    void throttledLogRead_isANoteAndTheLinesComeOnTheNextPoll() {
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        line("algo-1", 1, "first");
        LogChunk first = jobs.readLogs(JOB, LogCursor.START);
        line("algo-1", 2, "second");
        aws.faults().throttle("GetLogEvents", AwsTestSupport.FAST.maxAttempts());

        LogChunk throttled = jobs.readLogs(JOB, first.next());
        LogChunk after = jobs.readLogs(JOB, throttled.next());

        assertThat(throttled.lines()).isEmpty();
        assertThat(throttled.notes()).anyMatch(n -> n.startsWith("CloudWatch Logs is throttling (Rate exceeded)"));
        assertThat(after.lines()).extracting(LogLine::text).containsExactly("second");
    }

    @Test
    void jobsOwnMetricDefinitions_turnItsLogLinesIntoMetrics() {
        aws.sageMaker().job(JOB).metricDefinition("validation:auc", ".*\\[[0-9]+\\].*#011validation-auc:(\\S+)");
        line("algo-1", 1, "[4]#011train-auc:0.95#011validation-auc:0.91");
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);

        var definitions = jobs.of(JOB);
        LogLine l = jobs.readLogs(JOB, LogCursor.START).lines().get(0);
        var sample = RoundMetrics.withDefinitions(definitions).read(l.text()).orElseThrow();

        assertThat(definitions).containsExactly(new MetricDefinition("validation:auc",
                ".*\\[[0-9]+\\].*#011validation-auc:(\\S+)"));
        assertThat(sample.round()).isEqualTo(4);
        assertThat(sample.metrics()).contains(new Metric("validation:auc", 0.91), new Metric("train:auc", 0.95));
    }

    @Test
    void timeStaysInOrderAcrossInstances_evenWhenStreamsInterleave() {
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        line("algo-2", 1, "b@1");
        line("algo-1", 2, "a@2");
        line("algo-2", 3, "b@3");
        line("algo-1", 3, "a@3");

        LogChunk chunk = jobs.readLogs(JOB, LogCursor.START);

        assertThat(chunk.lines()).extracting(LogLine::time).isSorted();
        assertThat(chunk.lines()).extracting(LogLine::text).containsExactly("b@1", "a@2", "a@3", "b@3");
        assertThat(Duration.between(chunk.lines().get(0).time(), chunk.lines().get(3).time())).hasSeconds(2);
    }
}
