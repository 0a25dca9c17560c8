package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.data.CsvDataChecks;
import dev.sagedeck.data.StrayValues;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's review reads a local run's training file as the run will, and shows its data warnings before Submit. */
class DataWarningsInTheWizardTest {
    @TempDir
    Path tmp;

    private ScreenHarness start(InMemoryTrainingJobs b) {
        return ScreenHarness.start(120, 35, b, ScreenHarness.session("alice", false),
                new Services(null, null, null).withDataChecks(new CsvDataChecks()));
    }

    @Test
    void aLocalFileWithAFewStrayAges_theReviewWarnsAboutAge_andSubmitStillStartsTheRun() throws Exception {
        Path data = StrayValues.titanicWithStrayAges(tmp, 3, "\0", null);
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.LOCAL, Ownership.of("alice")).acceptLaunches();
        try (ScreenHarness h = start(b)) {
            // Down: next field (Tab would try to complete the path); past the test file to the preset: csv, then its label column
            h.press("n<Enter><Right><Tab>" + data + "<Down><Down><Right><Down>Survived<Enter><Enter><Enter>");

            assertThat(h.flat()).as(h.text()).contains("WARN data: column Age: 3 of " + StrayValues.AGES + " values are not numbers")
                    .contains("'22\\0'").contains("[ Submit ]");
            h.press("<Enter>");
            assertThat(b.launches()).as("a warning does not block the run").hasSize(1);
        }
    }

    @Test
    void aLocalFileTheRunWouldRefuse_blocksSubmit_withTheReadersReason() throws Exception {
        Path data = StrayValues.titanicWithStrayAges(tmp, 3, "\0", null);
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.LOCAL, Ownership.of("alice")).acceptLaunches();
        try (ScreenHarness h = start(b)) {
            // the titanic preset needs numbers in Age: the run would fail on this file after starting
            h.press("n<Enter><Right><Tab>" + data + "<Enter><Enter><Enter>");

            assertThat(h.flat()).as(h.text()).contains("Submit is blocked: data: titanic_stray_ages.csv: column 'Age' holds text such as '22\\0'");
            h.press("<Enter>");
            assertThat(b.launches()).isEmpty();
        }
    }
}
