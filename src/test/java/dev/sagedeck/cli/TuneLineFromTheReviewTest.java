package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.wizard.TuneCommandLine;
import dev.sagedeck.app.wizard.WizardChoices;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardPrefill;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardStep;
import dev.sagedeck.app.wizard.WizardTune;
import dev.sagedeck.app.wizard.WizardValidation;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.testing.ShellWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tune review's "the same search from a shell" line, typed into a shell: the search it starts
 * trains on the data picked in the wizard (the file, its test file, the csv preset and the label),
 * which the line renders with the same rule as the train and launch lines.
 */
class TuneLineFromTheReviewTest {
    @TempDir
    Path tmp;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(tmp.resolve("home"));
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(cli.localJobs());
    }

    private static Path csv(Path file, int rows) throws IOException {
        StringBuilder b = new StringBuilder("x,outcome,y\n");
        for (int i = 0; i < rows; i++) {
            b.append(i * 0.1).append(',').append(i % 2).append(',').append((i * 7) % 5).append('\n');
        }
        return Files.writeString(file, b.toString());
    }

    @Test
    void theReviewsTuneLine_runFromAShell_searchesThePickedFileWithItsTestFilePresetAndLabel() throws IOException {
        Path train = csv(tmp.resolve("my train.csv"), 40);
        Path test = csv(tmp.resolve("my test.csv"), 12);
        Map<WizardField, String> v = new EnumMap<>(WizardPrefill.initial(Map.of(), null));
        v.put(WizardField.SOURCE, WizardChoices.FILE);
        v.put(WizardField.TRAIN, train.toString());
        v.put(WizardField.TEST, test.toString());
        v.put(WizardField.PRESET, "csv");
        v.put(WizardField.LABEL, "outcome");
        v.put(WizardField.NUM_ROUND, "3");
        v.put(WizardField.TUNE, WizardChoices.YES);
        v.put(WizardField.SEARCH_MAX_DEPTH, "2:3");
        v.put(WizardField.SEARCH_ETA, "");
        v.put(WizardField.STRATEGY, "grid");
        v.put(WizardField.MAX_JOBS, "2");
        v.put(WizardField.MAX_PARALLEL, "1");
        assertThat(WizardValidation.errors(v, null)).as("the review is reachable").isEmpty();
        WizardState reviewed = new WizardState(WizardStep.REVIEW, null, v, Map.of(), WizardState.Origin.NEW, null, false, 0);
        TuningLaunch launch = WizardTune.launch(reviewed, Ownership.of("alice")); // what the review shows and submits
        String line = TuneCommandLine.of(launch);
        assertThat(line).as("the picked file, not a sample").doesNotContain("--sample");

        List<String> words = ShellWords.of(line);
        assertThat(words.subList(0, 3)).containsExactly("sagedeck", "tune", "--local");
        List<String> typed = new ArrayList<>(words.subList(1, words.size()));
        typed.addAll(List.of("--wait", "--json"));
        CliRun.Result r = cli.run(typed.toArray(new String[0]));

        assertThat(r.code()).as(r.toString()).isZero();
        TrainingJob search = cli.localJobs().describe(r.json().path("name").asText());
        Map<WizardField, String> ran = WizardPrefill.fromJob(search, WizardPrefill.initial(Map.of(), null));
        for (WizardField f : List.of(WizardField.SOURCE, WizardField.TRAIN, WizardField.TEST, WizardField.PRESET, WizardField.LABEL)) {
            assertThat(ran.get(f)).as(f + " of the search the line started").isEqualTo(v.get(f));
        }
        assertThat(launch.base().data()).as("the review's own data, for the record").satisfies(d -> {
            assertThat(d.train()).isEqualTo(train.toString());
            assertThat(d.label()).isEqualTo("outcome");
        });
    }
}
