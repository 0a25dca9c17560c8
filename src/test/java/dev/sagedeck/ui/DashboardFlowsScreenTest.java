package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.Jobs;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's main flows as a user sees them, at 60x20, 80x24 and 200x50, with golden screens. */
class DashboardFlowsScreenTest {
    static final Instant T0 = ScreenHarness.T0;

    static InMemoryTrainingJobs backend() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(Jobs.running("alice-xgb-20261126-115500", "alice"));
        b.put(Jobs.sagemaker("alice-xgb-20261126-110000", "alice", JobStatus.COMPLETED, "Completed", T0.minusSeconds(3600)).toBuilder()
                .finalMetrics(List.of(new Metric("train:logloss", 0.31234), new Metric("validation:logloss", 0.384421)))
                .build());
        b.put(Jobs.sagemaker("alice-xgb-20261126-100000", "alice", JobStatus.FAILED, "Failed", T0.minusSeconds(7200)).toBuilder()
                .failureReason("AlgorithmError: framework error: Traceback ... ValueError: could not convert string to float: 'male'")
                .channels(List.of(new Channel("train", "s3://alice-bucket/titanic/train.csv", "text/csv", "FullyReplicated")))
                .build());
        b.put(Jobs.running("bob-big-run", "bob"));
        b.log("alice-xgb-20261126-100000",
                new LogLine(T0.minusSeconds(7100), "algo-1", "Reading training data"),
                new LogLine(T0.minusSeconds(7099), "algo-1", "Traceback (most recent call last):"),
                new LogLine(T0.minusSeconds(7098), "algo-1", "ValueError: could not convert string to float: 'male'"),
                new LogLine(T0.minusSeconds(7098), "algo-2", "waiting for algo-1"));
        for (int i = 0; i < 60; i++) {
            b.log("alice-xgb-20261126-115500", new LogLine(T0.minusSeconds(200 - i), i % 2 == 0 ? "algo-1" : "algo-2",
                    "[" + i + "]#011train-logloss:0." + (600 - i * 5) + "#011validation-logloss:0." + (620 - i * 4)));
        }
        return b;
    }

    static ScreenHarness open(int cols, int rows, InMemoryTrainingJobs b) {
        return ScreenHarness.start(cols, rows, b, "alice");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void myJobsOnly_byDefault_andTheFilterNarrowsThem(int cols, int rows) {
        try (ScreenHarness h = open(cols, rows, backend())) {
            // a name too long for a narrow list loses its middle: its distinguishing end stays
            assertThat(h.text()).contains("My jobs (3)").contains(cols >= 80 ? "alice-xgb-20261126-115500" : "alice-xgb…26-115500").doesNotContain("bob-big-run")
                    .contains("> InProgress").contains("x Failed").contains("+ Completed");
            Golden.assertMatches("Flows/list-" + cols + "x" + rows, h.snapshot());
            h.press("/status:fail");
            assertThat(h.line(1)).contains("Filter: status:fail_");
            h.press("<Enter>");
            assertThat(h.text()).contains("My jobs (1)").contains("26-100000");
            Golden.assertMatches("Flows/filtered-" + cols + "x" + rows, h.snapshot());
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void a_showsColleaguesJobsWithTheirOwner(int cols, int rows) {
        try (ScreenHarness h = open(cols, rows, backend())) {
            h.press("a");
            assertThat(h.text()).contains("All jobs (4)").contains("bob-big-run").contains("OWNER");
            Golden.assertMatches("Flows/all-" + cols + "x" + rows, h.snapshot());
            h.press("a");
            assertThat(h.text()).contains("My jobs (3)").doesNotContain("bob-big-run");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void failedJob_opensOnATriageCard(int cols, int rows) {
        try (ScreenHarness h = open(cols, rows, backend())) {
            h.press("/status:fail<Enter><Enter>");
            assertThat(h.text()).contains("Why it failed").contains("could not convert string to float")
                    .contains("First error [algo-1]").contains("Last lines of algo-2");
            Golden.assertMatches("Flows/triage-" + cols + "x" + rows, h.snapshot());
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void runningJobsLog_followsNewLines_searchesAndScrolls(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = open(cols, rows, b)) {
            h.press("<Enter>");
            assertThat(h.text()).contains("Log (following)").contains("[59]");
            b.log("alice-xgb-20261126-115500", new LogLine(T0, "algo-1", "[60]#011train-logloss:0.300#011validation-logloss:0.380"));
            h.tick(Duration.ofSeconds(3));
            assertThat(h.text()).contains("[60]");
            Golden.assertMatches("Flows/logs-following-" + cols + "x" + rows, h.snapshot());
            h.press("/[12]<Enter>");
            assertThat(h.text()).contains("paused - G to follow").contains("[12]");
            Golden.assertMatches("Flows/logs-search-" + cols + "x" + rows, h.snapshot());
            h.press("G");
            assertThat(h.text()).contains("Log (following)");
            h.press("<PageUp><PageUp>");
            assertThat(h.text()).contains("paused - G to follow").doesNotContain("[60]");
            Golden.assertMatches("Flows/logs-scrolled-" + cols + "x" + rows, h.snapshot());
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void stopOnAColleaguesJob_isRefused_andNothingIsSent(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = open(cols, rows, b)) {
            h.press("a");
            h.press("/bob<Enter>");
            h.press("S");
            assertThat(h.flat()).contains("bob-big-run belongs to bob").contains("only stops your own jobs");
            assertThat(h.text()).as("the refusal covers nothing").contains("+- All jobs (1)");
            Golden.assertMatches("Flows/stop-refused-" + cols + "x" + rows, h.snapshot());
            h.press("<Enter>");
            assertThat(b.stops()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void stopDialog_identifiesTheJob_andEscCancels(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = open(cols, rows, b)) {
            h.press("S");
            assertThat(h.flat()).contains("Stop training job").contains("alice-xgb-20261126-115500")
                    .contains("ml.m5.large x 2").contains("SIGTERM").contains("120 seconds").contains("[ Cancel ]")
                    .contains("Cost so far $0.02")
                    .contains("(5500)");
            Golden.assertMatches("Flows/stop-dialog-" + cols + "x" + rows, h.snapshot());
            h.press("55<Esc>");
            assertThat(h.text()).contains("Stop cancelled").doesNotContain("[ Cancel ]");
            assertThat(b.stops()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void stopConfirmed_showsStoppingThenStopped(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = open(cols, rows, b)) {
            h.press("S5500<Enter>");
            assertThat(b.stops()).containsExactly("alice-xgb-20261126-115500");
            assertThat(h.text()).contains("~ Stopping");
            assertThat(h.audit()).singleElement().satisfies(e -> assertThat(e.decision()).isEqualTo("stopped"));
            TrainingJob stopped = b.describe("alice-xgb-20261126-115500").toBuilder().status(JobStatus.STOPPED).secondaryStatus("Stopped").build();
            b.put(stopped);
            h.tick(Duration.ofSeconds(3));
            assertThat(h.text()).contains("- Stopped");
            Golden.assertMatches("Flows/stopped-" + cols + "x" + rows, h.snapshot());
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void failedRefresh_keepsTheRows_andABannerSaysWhatFailedAndWhen(int cols, int rows) {
        InMemoryTrainingJobs b = backend();
        try (ScreenHarness h = open(cols, rows, b)) {
            b.failListing("Search was throttled (Rate exceeded)");
            h.press("r");
            // a banner too long for the status line takes a second row of its own: the list keeps its titled border
            assertThat(h.flat()).contains("12:00:00 refresh failed").contains("retry in 5s").contains("Search was throttled");
            assertThat(h.text()).contains("26-115500").contains("+- My jobs (3) -");
            assertThat(h.line(h.row("+- My jobs (3)") + 1)).contains("NAME");
            Golden.assertMatches("Flows/error-banner-" + cols + "x" + rows, h.snapshot());
            h.press("j");
            assertThat(h.state().list().selected()).isNotNull();
        }
    }
}
