package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.Jobs;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The job view on the whole screen: a summary line first, then the details or the log (Tab switches). */
class JobViewScreenTest {
    static final String RUN = "alice-xgboost-20261126-115900-ab12";

    static InMemoryTrainingJobs localRun() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.LOCAL, Ownership.of("alice"));
        b.put(Jobs.local(RUN, "alice", JobStatus.COMPLETED, ScreenHarness.T0.minusSeconds(60)).toBuilder()
                .hyperParameters(java.util.Map.of("max_depth", "3", "eta", "0.1"))
                .finalMetrics(List.of(new Metric("validation:logloss", 0.3811), new Metric("test:accuracy", 0.81460), new Metric("test:auc", 0.8614)))
                .build());
        for (int i = 0; i < 100; i++) {
            b.log(RUN, new LogLine(ScreenHarness.T0.minusSeconds(50), null,
                    "[" + i + "]\ttrain-logloss:0." + (6000 - i * 25) + "\tvalidation-logloss:0." + (6100 - Math.min(i, 80) * 22 + Math.max(0, i - 80) * 10)));
        }
        b.log(RUN, new LogLine(ScreenHarness.T0.minusSeconds(41), null, "Test Set Accuracy: 0.8146"));
        return b;
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void openingAFinishedRun_showsTestAccuracyOnTheFirstLine_withoutAKeyPress(int cols, int rows) {
        try (ScreenHarness h = ScreenHarness.start(cols, rows, localRun(), "alice")) {
            h.press("<Enter>");
            assertThat(h.line(2)).contains("+ Completed").contains("test acc").contains("0.8146");
            assertThat(h.text()).contains("Log (complete)").contains("Test Set Accuracy: 0.8146");
        }
    }

    @Test
    void theSummary_saysStatusTime_metricLastAndBest_andCost_at80Columns() {
        try (ScreenHarness h = ScreenHarness.start(80, 24, localRun(), "alice")) {
            h.press("<Enter>");
            // validation logloss fell to 0.4340 at round 80, then rose: the best differs from the last
            assertThat(h.line(2)).isEqualTo(" + Completed after 18s | test acc 0.8146 | logloss 0.4530 (best 0.4340) | free");
        }
    }

    @Test
    void tab_switchesBetweenDetailsAndLog_eachOnTheWholeScreen() {
        try (ScreenHarness h = ScreenHarness.start(80, 24, localRun(), "alice")) {
            h.press("<Enter>");
            assertThat(h.line(3)).contains("Log (complete)").contains(RUN);
            assertThat(h.line(23)).contains("Tab details");
            h.press("<Tab>");
            assertThat(h.line(3)).contains("Details").contains(RUN).doesNotContain("Log");
            assertThat(h.text()).contains("Elapsed     18s").contains("logloss per round").doesNotContain("Test Set Accuracy");
            assertThat(h.line(23)).contains("Tab log");
            h.press("<Tab>");
            assertThat(h.line(3)).contains("Log (complete)");
        }
    }

    @Test
    void aFailedJob_opensOnItsDetails_whereTheTriageCardSaysWhy() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(Jobs.sagemaker("alice-broken", "alice", JobStatus.FAILED, "Failed", ScreenHarness.T0.minusSeconds(900)).toBuilder()
                .failureReason("AlgorithmError: could not convert string to float: 'male'").build());
        try (ScreenHarness h = ScreenHarness.start(80, 24, b, "alice")) {
            h.press("<Enter>");
            assertThat(h.line(2)).startsWith(" x Failed after 9m 00s");
            assertThat(h.line(3)).contains("Details - alice-broken");
            assertThat(h.text()).contains("Why it failed").contains("could not convert string to float");
            // the reason shows once: the card has it, the details below do not repeat it
            assertThat(h.text().split("could not convert", -1)).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24"})
    void theList_showsTestAccuracyInTheMetricColumn(int cols, int rows) {
        try (ScreenHarness h = ScreenHarness.start(cols, rows, localRun(), "alice")) {
            assertThat(h.line(3)).contains("METRIC");
            assertThat(h.line(4)).contains("test acc 0.8146").contains("+ Completed");
        }
    }
}
