package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.usecase.JobModelEvaluation;
import dev.sagedeck.Wiring;
import dev.sagedeck.app.CompareKeys;
import dev.sagedeck.app.compare.Comparison;
import dev.sagedeck.cli.SagedeckCommand;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.local.LocalTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.xgboost.XgboostModelEvaluation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Two real local sample runs (real processes, real xgboost4j) compared, then both models scored on
 * the lesson's titanic_test.csv from the dashboard: the rows agree with what each run recorded.
 */
class CompareEvaluationEndToEndTest {

    @Test
    void twoSampleRuns_scoredOnTheLessonsTestFile_fillTheTestRows_andTheExport(@TempDir Path home) throws Exception {
        Map<String, String> env = Map.of("SAGEDECK_HOME", home.toString(), "SAGEDECK_OWNER", "alice", LocalTrainingJobs.STOP_GRACE_ENV, "30");
        Wiring wiring = new Wiring(env);
        train(wiring, "alice-depth3", "3");
        train(wiring, "alice-depth5", "5");
        Path test = dev.sagedeck.data.Samples.extract("titanic", home).test(); // the bundled copy of the shared test file
        Path broken = Files.writeString(home.resolve("nolabel.csv"), "Pclass,Sex,Age\n3,male,22\n");
        LocalTrainingJobs local = (LocalTrainingJobs) wiring.backends(null).get(Backend.LOCAL).orElseThrow();

        try (ScreenHarness h = ScreenHarness.start(120, 35, local, ScreenHarness.session("alice", false),
                new dev.sagedeck.runtime.Services(null, null, new JobModelEvaluation(local, new XgboostModelEvaluation(), p -> p)))) {
            h.press("  =t<Enter>");
            assertThat(h.state().compare().test().prompt()).as("the bundled sample's test file is not offered as a path").isEmpty();
            assertThat(h.text()).contains("Test CSV: _");
            List<String> recorded = row(CompareKeys.of(h.state()), "test accuracy").values();
            h.press(test + "<Enter>");
            Comparison c = CompareKeys.of(h.state());
            String label = "test accuracy";
            Comparison.Row scored = row(c, label);
            assertThat(scored.group()).isEqualTo("test");
            assertThat(scored.values()).allMatch(v -> v.matches("0\\.\\d{1,4}"));
            assertThat(scored.values()).as("the sample's own test split is this file: the same accuracy the runs recorded")
                    .isEqualTo(recorded);
            assertThat(c.rows()).extracting(Comparison.Row::label).as("one row per metric, not one per source").doesNotHaveDuplicates();
            assertThat(row(c, "test auc").values()).allMatch(v -> v.matches("0\\.\\d{1,4}"));
            assertThat(row(c, "test logloss").values()).allMatch(v -> v.matches("0\\.\\d{1,4}"));
            assertThat(h.text()).contains("Scored 2 of 2 models on " + test);

            h.press("E");
            Path json;
            try (var files = Files.list(h.stateDir().resolve("comparisons"))) {
                json = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            }
            assertThat(Files.readString(json)).contains("\"setting\" : \"" + label + "\"").contains("\"group\" : \"test\"")
                    .containsPattern("\"alice-depth3\" : 0\\.\\d{5,}");

            h.press("t" + "<BS>".repeat(test.toString().length()) + broken + "<Enter>");
            assertThat(row(CompareKeys.of(h.state()), "test accuracy").values())
                    .allSatisfy(v -> assertThat(v).startsWith("failed: ").contains("nolabel.csv has no column").doesNotContain("Exception"));
        }
    }

    private static void train(Wiring wiring, String name, String depth) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SagedeckCommand.commandLine(wiring);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("train", "--local-only", "--sample", "titanic", "--name", name, "--hp", "max_depth=" + depth, "--wait");
        assertThat(code).as(out + "\n" + err).isZero();
    }

    private static Comparison.Row row(Comparison c, String label) {
        return c.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + c.rows()));
    }
}
