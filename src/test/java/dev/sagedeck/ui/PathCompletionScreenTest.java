package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completes a typed test-file path from the real disk (listed off the UI thread), and the file is remembered for the next compare. */
class PathCompletionScreenTest {
    @TempDir
    Path dir;

    private ScreenHarness compare() {
        ScreenHarness h = ScreenHarness.start(120, 35, CompareScreenTest.backend(2), ScreenHarness.session("alice", false),
                new dev.sagedeck.runtime.Services(null, null, CompareEvaluationScreenTest.scripted()));
        h.press("  =t");
        return h;
    }

    @Test
    void tab_completesAsFarAsUnambiguous_thenNamesTheMatches_thenFinishesTheName() throws Exception {
        Files.writeString(dir.resolve("titanic_train.csv"), "x\n");
        Files.writeString(dir.resolve("titanic_test.csv"), "x\n");
        Files.createDirectories(dir.resolve("other"));
        try (ScreenHarness h = compare()) {
            h.press(dir + "/tit<Tab>");
            assertThat(h.state().compare().test().prompt()).isEqualTo(dir + "/titanic_t");
            h.press("<Tab>");
            assertThat(h.flat()).contains("2 matches: titanic_test.csv titanic_train.csv");
            h.press("e<Tab>");
            assertThat(h.state().compare().test().prompt()).isEqualTo(dir + "/titanic_test.csv");
            assertThat(h.line(1)).contains("Test CSV: " + dir + "/titanic_test.csv_");
        }
    }

    @Test
    void tab_completesADirectoryWithItsSlash_andSaysWhenNothingMatches() throws Exception {
        Files.createDirectories(dir.resolve("holdout"));
        try (ScreenHarness h = compare()) {
            h.press(dir + "/ho<Tab>");
            assertThat(h.state().compare().test().prompt()).isEqualTo(dir + "/holdout/");
            h.press("zz<Tab>");
            assertThat(h.flat()).contains("Nothing in that directory starts with 'zz'");
            assertThat(h.state().compare().test().prompt()).isEqualTo(dir + "/holdout/zz");
        }
    }

    @Test
    void theTestFile_isRememberedForTheNextSession_prefilledSoTypingReplacesIt() throws Exception {
        Path csv = Files.writeString(dir.resolve("titanic_test.csv"), "x\n");
        Path stateDir;
        try (ScreenHarness h = compare()) {
            h.press(csv + "<Enter>");
            assertThat(h.flat()).contains("scored on " + csv);
            stateDir = h.stateDir();
        }
        // the next dashboard starts from the state directory, as Wiring starts it
        String remembered = dev.sagedeck.runtime.LastTestFile.read(stateDir);
        assertThat(remembered).isEqualTo(csv.toString());
        try (ScreenHarness h = ScreenHarness.start(120, 35, CompareScreenTest.backend(2),
                ScreenHarness.session("alice", false).withLastTestFile(remembered),
                new dev.sagedeck.runtime.Services(null, null, CompareEvaluationScreenTest.scripted()))) {
            h.press("  =t");
            assertThat(h.line(1)).contains("Test CSV: " + csv + "_");
            assertThat(h.state().compare().test().promptField().selected()).isTrue();
            h.press("other.csv");
            assertThat(h.line(1)).as("the first key typed replaces the remembered path").contains("Test CSV: other.csv_");
        }
    }

    @Test
    void theTestFile_isRememberedForTheNextCompare() throws Exception {
        Path csv = Files.writeString(dir.resolve("titanic_test.csv"), "x\n");
        try (ScreenHarness h = compare()) {
            h.press(csv + "<Enter>");
            assertThat(h.flat()).contains("scored on " + csv);
            h.press("<Esc>");
            assertThat(h.text()).contains("My jobs");
            h.press("=t");
            assertThat(h.line(1)).contains("Test CSV: " + csv + "_");
        }
    }
}
