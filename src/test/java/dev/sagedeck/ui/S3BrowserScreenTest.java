package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.ObjectStore;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.testing.ScriptedLaunchPlanning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Browsing an S3 prefix from the wizard's data step, as the user sees it (store scripted at the port). */
class S3BrowserScreenTest {
    /** A bucket as the port returns it; an unknown prefix fails the way the S3 adapter says it. */
    static final ObjectStore STORE = prefix -> {
        Map<String, List<ObjectStore.Entry>> tree = Map.of(
                "s3://alice-bucket/titanic/", List.of(
                        new ObjectStore.Entry("v2/", "s3://alice-bucket/titanic/v2/", true, -1),
                        new ObjectStore.Entry("test.csv", "s3://alice-bucket/titanic/test.csv", false, 28_629),
                        new ObjectStore.Entry("train.csv", "s3://alice-bucket/titanic/train.csv", false, 1_205_000)),
                "s3://alice-bucket/titanic/v2/", List.of(
                        new ObjectStore.Entry("train.csv", "s3://alice-bucket/titanic/v2/train.csv", false, 840)));
        List<ObjectStore.Entry> entries = tree.get(prefix);
        if (entries == null) {
            throw new BackendException(BackendException.Kind.NOT_FOUND, "bucket 'nobody-bucket' does not exist");
        }
        return new ObjectStore.Listing(prefix, entries, false);
    };

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void browseAPrefix_descend_andPickAFile_intoTheTrainingField(int cols, int rows) {
        try (ScreenHarness h = ScreenHarness.start(cols, rows, WizardScreenTest.backend(), WizardScreenTest.session(),
                new dev.sagedeck.runtime.Services(new ScriptedLaunchPlanning(), STORE, null))) {
            h.press("n<Right><Enter><Right><Tab>s3://alice-bucket/titanic/");
            assertThat(h.flat()).contains("C-b browses this bucket prefix");
            h.press("<C-b>");
            assertThat(h.flat()).contains("S3 s3://alice-bucket/titanic/").contains("v2/").contains("train.csv 1.2 MB")
                    .contains("test.csv 28.6 KB").contains("Esc closes");
            Golden.assertMatches("Wizard/s3-browser-" + cols + "x" + rows, h.snapshot());
            h.press("<Down><Enter>");
            assertThat(h.flat()).contains("S3 s3://alice-bucket/titanic/v2/").contains("train.csv 840 B");
            h.press("<Down><Enter>");
            assertThat(h.state().wizard().browser()).isNull();
            assertThat(h.state().wizard().value(dev.sagedeck.app.wizard.WizardField.TRAIN)).isEqualTo("s3://alice-bucket/titanic/v2/train.csv");
            assertThat(h.flat()).contains("s3://alice-bucket/titanic/v2/train.csv");
        }
    }

    @Test
    void aListingError_isOneLineInTheBrowser_notAStackTrace() {
        try (ScreenHarness h = ScreenHarness.start(80, 24, WizardScreenTest.backend(), WizardScreenTest.session(),
                new dev.sagedeck.runtime.Services(new ScriptedLaunchPlanning(), STORE, null))) {
            h.press("n<Right><Enter><Right><Tab>s3://nobody-bucket/x/<F2>");
            assertThat(h.flat()).contains("! bucket 'nobody-bucket' does not exist").doesNotContain("Exception");
        }
    }

    @Test
    void withoutAnObjectStore_theBrowserSaysS3BrowsingIsNotAvailable() {
        try (ScreenHarness h = ScreenHarness.start(80, 24, WizardScreenTest.backend(), WizardScreenTest.session(),
                new dev.sagedeck.runtime.Services(new ScriptedLaunchPlanning(), null, null))) {
            h.press("n<Right><Enter><Right><Tab>s3://alice-bucket/titanic/<C-b>");
            assertThat(h.flat()).contains("! S3 browsing is not available: AWS is not configured");
        }
    }
}
