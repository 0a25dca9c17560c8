package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first dashboard a new user sees: header, an empty list saying how to start, the key bar, help and quit. */
class FirstDashboardScreenTest {

    private static ScreenHarness empty(int cols, int rows) {
        return ScreenHarness.start(cols, rows, new InMemoryTrainingJobs(Backend.LOCAL, Ownership.of("alice")), "alice");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void emptyDashboard_showsHeaderEmptyStateAndKeyBar(int cols, int rows) {
        try (ScreenHarness h = empty(cols, rows)) {
            assertThat(h.line(0)).contains("sagedeck").contains("owner: alice");
            assertThat(h.text()).contains("No training jobs yet").contains("sagedeck train --sample titanic");
            assertThat(h.line(rows - 1)).startsWith(" ? help").contains("q quit");
            Golden.assertMatches("FirstDashboard/empty-" + cols + "x" + rows, h.snapshot());
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void questionMark_listsEveryKeyOfTheList_andEscClosesIt(int cols, int rows) {
        try (ScreenHarness h = empty(cols, rows)) {
            h.press("?");
            assertThat(h.text()).contains("Keys - job list").contains("quit sagedeck").contains("stop the selected job");
            // what does not fit is counted on the last row, which says how to scroll to it
            assertThat(h.flat()).contains(cols >= 80 ? "refresh the job list now" : "more lines below (j/PageDown scrolls)");
            Golden.assertMatches("FirstDashboard/help-" + cols + "x" + rows, h.snapshot());
            h.press("<Esc>");
            assertThat(h.text()).doesNotContain("Keys - job list").contains("No training jobs yet");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void q_quitsTheDashboard(int cols, int rows) {
        try (ScreenHarness h = empty(cols, rows)) {
            h.press("q");
            assertThat(h.state().quit()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void resize_redrawsAtTheNewSizeAtOnce(int cols, int rows) {
        try (ScreenHarness h = empty(cols, rows)) {
            h.resize(100, 30);
            assertThat(h.line(29)).startsWith(" ? help");
            assertThat(h.text()).contains("No training jobs yet");
            h.resize(30, 8);
            assertThat(h.line(0)).contains("Terminal too small (30x8)");
        }
    }

    @org.junit.jupiter.api.Test
    void firstRunWithoutAnOwner_asksOnce_andSavesTheAnswer() throws Exception {
        try (ScreenHarness h = ScreenHarness.start(80, 24, new InMemoryTrainingJobs(Backend.LOCAL, Ownership.of("carol")), (String) null)) {
            assertThat(h.flat()).contains("Who are you?").contains("owner=<you>");
            h.press("carol<Enter>");
            assertThat(h.line(0)).contains("owner: carol");
            assertThat(h.line(1)).contains("Saved owner carol");
            assertThat(java.nio.file.Files.readString(h.stateDir().resolve("config.properties"))).contains("owner=carol");
        }
    }
}
