package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.domain.StatusTransition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The screens over the others, at 60x20, 80x24 and 200x50 with golden screens: help (it scrolls), the raw JSON of y, the signals of !. */
class HelpRawAndSignalsScreenTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void help_opensFromTheJobView_andScrollsToEveryKeyWhenTheyDoNotFit(int cols, int rows) {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(cols, rows, DashboardFlowsScreenTest.backend())) {
            h.press("<Enter>"); // the running job opens on its log
            assertThat(h.state().view()).isEqualTo(View.JOB);
            h.press("?");
            assertThat(h.text()).contains("Keys - job view").contains("stop the selected job");
            Golden.assertMatches("Screens/help-job-view-" + cols + "x" + rows, h.snapshot());
            if (cols >= 80) {
                assertThat(h.flat()).as("every key fits: nothing to scroll").contains("save the log to a file").doesNotContain("more lines below");
            } else {
                // the last row says how much is below and which keys scroll; the end is reached and said
                assertThat(h.flat()).containsPattern("\\.\\.\\. \\d+ more lines below \\(j/PageDown scrolls\\)").doesNotContain("save the log to a file");
                h.press("<PageDown>");
                assertThat(h.flat()).doesNotContain("show every key of this view");
                assertThat(h.flat()).contains("save the log to a file").contains("(end of the keys; k/PageUp scrolls back)");
                h.press("<Down>");
                assertThat(h.flat()).as("no scrolling past the end").contains("save the log to a file");
                h.press("g");
                assertThat(h.flat()).contains("show every key of this view");
            }
            h.press("<Esc>");
            assertThat(h.state().view()).isEqualTo(View.JOB);
            h.press("?");
            assertThat(h.flat()).as("help opens at its top again").contains("show every key of this view");
        }
    }

    @org.junit.jupiter.api.Test
    void help_jPressedPastItsEnd_thenKOnce_movesTheKeysUpOneLine() {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(60, 20, DashboardFlowsScreenTest.backend())) {
            h.press("<Enter>?");
            h.press("j".repeat(40)); // far more than the lines below
            List<String> atEnd = List.of(h.text().split("\n"));
            int top = helpTop(atEnd);
            assertThat(String.join("\n", atEnd)).contains("(end of the keys; k/PageUp scrolls back)");

            h.press("k");
            List<String> after = List.of(h.text().split("\n"));
            assertThat(after.get(top + 2)).as("the first key line moved down one row").isEqualTo(atEnd.get(top + 1));
            assertThat(after.get(top + 1)).as("a line from above came into view").isNotEqualTo(atEnd.get(top + 1));
            assertThat(String.join("\n", after)).contains("... 1 more lines below");
        }
    }

    /** The row of the help's top border. */
    private static int helpTop(List<String> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains("Keys - job view")) {
                return i;
            }
        }
        throw new AssertionError("no help on the screen:\n" + String.join("\n", rows));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void y_showsTheRawDescriptionAsJson(int cols, int rows) {
        try (ScreenHarness h = DashboardFlowsScreenTest.open(cols, rows, DashboardFlowsScreenTest.backend())) {
            h.press("j<Enter>"); // the completed job opens on its details
            h.press("y");
            assertThat(h.text()).contains("Raw description").contains("\"TrainingJobName\"");
            Golden.assertMatches("Screens/raw-json-" + cols + "x" + rows, h.snapshot());
            h.press("<Esc>");
            assertThat(h.text()).doesNotContain("Raw description");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void bang_listsTheRecentSignalsNewestFirst(int cols, int rows) {
        // downloading for 2 s short of the 30-minute limit: the stall is seen at the listing after the tick, whichever
        // of the first listing and the signal rules arrived first at start (so "0s ago" on every run)
        java.time.Instant downloading = ScreenHarness.T0.minus(Duration.ofMinutes(30)).plusSeconds(2);
        List<StatusTransition> phases = List.of(new StatusTransition("Starting", ScreenHarness.T0.minus(Duration.ofMinutes(42)), downloading, null),
                new StatusTransition("Downloading", downloading, null, null));
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(SignalsScreenTest.job("alice-xgb-20261126-111500", "alice", JobStatus.IN_PROGRESS, phases));
        b.put(SignalsScreenTest.job("alice-xgb-20261126-112000", "alice", JobStatus.IN_PROGRESS, phases));
        try (ScreenHarness h = ScreenHarness.start(cols, rows, b, "alice")) {
            assertThat(h.state().signals().recent()).as("not stalled yet").isEmpty();
            h.tick(Duration.ofSeconds(3));
            h.press("!");
            assertThat(h.flat()).contains("Signals (newest first)").contains("Stalled in Downloading");
            Golden.assertMatches("Screens/signals-" + cols + "x" + rows, h.snapshot());
        }
    }
}
