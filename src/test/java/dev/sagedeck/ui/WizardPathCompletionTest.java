package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.testing.ScriptedLaunchPlanning;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wizard's data step with your own files: the fields in the order they are filled (training
 * file, test file, then how to read them), and Tab completing a typed path from the real disk.
 */
class WizardPathCompletionTest {
    @TempDir
    Path dir;

    private static ScreenHarness dataStepWithAFile(int cols, int rows) {
        ScreenHarness h = ScreenHarness.start(cols, rows, WizardScreenTest.backend(), WizardScreenTest.session(), new ScriptedLaunchPlanning());
        h.press("n<Enter><Right>"); // local, then Data: your own file
        return h;
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void theDataStep_readsInTheOrderItIsFilled_trainingFileTestFileThenPreset(int cols, int rows) {
        try (ScreenHarness h = dataStepWithAFile(cols, rows)) {
            h.press("<Right><Left>"); // back and forth: Data still "a local path"
            assertThat(h.row("Training data")).isLessThan(h.row("Test file"));
            assertThat(h.row("Test file")).isLessThan(h.row("Preset"));
            Golden.assertMatches("Wizard/local-2-data-file-" + cols + "x" + rows, h.snapshot());
            h.press("<Down><Down><Down><Right>"); // Preset csv: its label column comes right after it
            assertThat(h.row("Preset")).isLessThan(h.row("Label column"));
        }
    }

    @Test
    void tab_inATypedPath_completesFromTheDisk_namesSeveralMatches_andMovesOnOnceComplete() throws Exception {
        Files.writeString(dir.resolve("titanic_train.csv"), "x\n");
        Files.writeString(dir.resolve("titanic_test.csv"), "x\n");
        try (ScreenHarness h = dataStepWithAFile(80, 24)) {
            h.press("<Tab>");
            assertThat(h.state().wizard().focus()).isEqualTo(WizardField.TRAIN);
            h.press(dir + "/tit"); // the directory is listed as it is typed, off the UI thread
            h.press("<Tab>");
            assertThat(h.state().wizard().value(WizardField.TRAIN)).isEqualTo(dir + "/titanic_t");
            h.press("<Tab>");
            assertThat(h.flat()).contains("2 matches: titanic_test.csv titanic_train.csv");
            assertThat(h.state().wizard().focus()).isEqualTo(WizardField.TRAIN);
            h.press("r<Tab>");
            assertThat(h.state().wizard().value(WizardField.TRAIN)).isEqualTo(dir + "/titanic_train.csv");
            h.press("<Tab>"); // complete: Tab is "next field" again
            assertThat(h.state().wizard().focus()).isEqualTo(WizardField.TEST);
            h.press(dir + "/nothing");
            h.press("<Tab>");
            assertThat(h.flat()).contains("Nothing in that directory starts with 'nothing'");
        }
    }

    @Test
    void tabRightBehindTheKeysThatChangedTheDirectory_saysItIsStillReading_andTheTextNeverChangesBehindTheUser() throws Exception {
        Files.writeString(dir.resolve("titanic_train.csv"), "x\n");
        try (ScreenHarness h = dataStepWithAFile(80, 24)) {
            h.press("<Tab>");
            h.press(dir + "/tit<Tab>"); // one burst: Tab comes before the new directory's listing
            assertThat(h.flat()).contains("Still reading " + dir + "/: Tab again in a moment.");
            // the listing arrived meanwhile (the harness waits for it) and changed nothing behind the user
            assertThat(h.state().wizard().value(WizardField.TRAIN)).isEqualTo(dir + "/tit");
            h.press("<Tab>");
            assertThat(h.state().wizard().value(WizardField.TRAIN)).isEqualTo(dir + "/titanic_train.csv");
        }
    }

    @Test
    void tabOnAnUntouchedOrEmptyField_movesToTheNextField() {
        try (ScreenHarness h = dataStepWithAFile(80, 24)) {
            h.press("<Tab><Tab>");
            assertThat(h.state().wizard().focus()).isEqualTo(WizardField.TEST);
        }
    }
}
