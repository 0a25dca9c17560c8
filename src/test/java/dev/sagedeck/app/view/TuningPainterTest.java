package dev.sagedeck.app.view;

import static dev.sagedeck.app.Searches.child;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Searches;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningTags;
import dev.sagedeck.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tuning view painted from a state alone: what a person reads at 80x24 and 200x50, and what hostile data does to it. */
class TuningPainterTest {
    static final String SEARCH = "alice-tune-1";

    static TuningJob search(JobStatus status, int completed, int running) {
        return Searches.sageMaker(SEARCH, status, Searches.counters(completed, running), 4.6);
    }

    /** Eight training jobs: six done with an objective, one running without one yet, one stopped early. */
    static List<TrainingJob> eight() {
        List<TrainingJob> c = new ArrayList<>();
        String[][] values = {{"3", "0.01"}, {"9", "0.3"}, {"5", "0.05"}, {"4", "0.1"}, {"8", "0.2"}, {"6", "0.02"}};
        double[] auc = {0.71, 0.79, 0.75, 0.74, 0.78, 0.76};
        for (int i = 0; i < values.length; i++) {
            c.add(child(SEARCH, i + 1, values[i][0], values[i][1], JobStatus.COMPLETED, auc[i]));
        }
        c.add(child(SEARCH, 7, "7", "0.15", JobStatus.IN_PROGRESS, null));
        c.add(child(SEARCH, 8, "3", "0.012", JobStatus.STOPPED, 0.70).toBuilder()
                .tags(Map.of(TuningTags.TUNING_JOB, SEARCH, TuningTags.STOPPED_EARLY, "round 5: worse than the median")).build());
        return c;
    }

    static String screen(AppState s) {
        return ScreenPainter.paint(s).toString();
    }

    static List<String> lines(AppState s) {
        return screen(s).lines().toList();
    }

    static String rowOf(AppState s, String text) {
        return lines(s).stream().filter(l -> l.contains(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not on\n" + screen(s)));
    }

    /** What a golden file holds: the screen, then which control has the focus. */
    static String snapshot(AppState s) {
        return screen(s) + dev.sagedeck.testing.FocusLine.of(s) + "\n";
    }

    @Test
    void at80x24_theSummaryTableAndPlotFit_bestFirstAndMarked() {
        AppState s = Searches.shown(80, 24, search(JobStatus.IN_PROGRESS, 7, 1), eight());
        String text = screen(s);
        Golden.assertMatches("TuningPainterTest/tuning-view-80x24", snapshot(s));

        assertThat(text).contains("> InProgress").contains("Bayesian").contains("validation:auc (maximize)")
                .contains("7/12 done (7 completed), 1 running").contains("best 0.7900");
        List<String> l = lines(s);
        int header = l.indexOf(l.stream().filter(x -> x.contains("OBJECTIVE")).findFirst().orElseThrow());
        assertThat(l.get(header + 1)).contains("002-abcdef12").contains("0.7900 *").contains("+ Completed");
        assertThat(l.get(header + 6)).contains("001-abcdef12").contains("0.7100");
        assertThat(rowOf(s, "008-abcdef12")).contains("0.7000").contains("- Stopped early");
        assertThat(rowOf(s, "007-abcdef12")).contains("\u2014").contains("> InProgress");
        assertThat(l.indexOf(rowOf(s, "008-abcdef12"))).as("no objective yet: last").isLessThan(l.indexOf(rowOf(s, "007-abcdef12")));
        assertThat(text).contains("validation:auc vs max_depth").contains("Left/Right");
        assertThat(l).allSatisfy(x -> assertThat(x.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void at200x50_thePlotStandsBesideTheTable_withTheFixedHyperparameters() {
        AppState s = Searches.shown(200, 50, search(JobStatus.IN_PROGRESS, 7, 1), eight());
        Golden.assertMatches("TuningPainterTest/tuning-view-200x50", snapshot(s));

        String best = rowOf(s, "002-abcdef12");
        assertThat(best).as("the plot's top row beside the best job").contains("0.7900 *").matches(".*0\\.7900\\|.*");
        assertThat(screen(s)).contains("fixed: eval_metric=auc num_round=100").contains("cost so far $4.60");
    }

    @Test
    void at60x20_theTableAlone_keepsJobObjectiveAndStatus() {
        AppState s = Searches.shown(60, 20, search(JobStatus.IN_PROGRESS, 7, 1), eight());
        Golden.assertMatches("TuningPainterTest/tuning-view-60x20", snapshot(s));

        assertThat(rowOf(s, "002-abcdef12")).contains("0.7900 *").contains("+ Completed");
        assertThat(screen(s)).as("no room for a plot under the table").doesNotContain("validation:auc vs");
    }

    @Test
    void theRightArrow_plotsAgainstEta_onALogarithmicAxis() {
        AppState s = Searches.press(Searches.shown(80, 24, search(JobStatus.IN_PROGRESS, 7, 1), eight()), "<Right>");
        assertThat(screen(s)).contains("validation:auc vs eta (log)");
        assertThat(lines(s)).as("the axis runs from the range's low end to its high end")
                .anyMatch(x -> x.matches(".*\\s0\\.01\\s{20,}0\\.3\\s*\\|"));
    }

    @Test
    void markedRows_showAPlus_andTheSelectedRowIsTheCursor() {
        AppState s = Searches.press(Searches.shown(80, 24, search(JobStatus.IN_PROGRESS, 7, 1), eight()), " ");
        assertThat(rowOf(s, "002-abcdef12").strip()).startsWith("| +");
        assertThat(s.tuning().selected()).isEqualTo(SEARCH + "-005-abcdef12");
    }

    @Test
    void theCursorsJob_isTheSelectedCellOfThePlot_andMovesWithIt() {
        AppState s = Searches.shown(80, 24, search(JobStatus.IN_PROGRESS, 7, 1), eight());
        Canvas top = ScreenPainter.paint(s);
        int[] best = cellOf(top, '*');
        assertThat(top.roleAt(best[0], best[1])).as("the best job is selected first").isEqualTo(Role.SELECTED);

        Canvas next = ScreenPainter.paint(Searches.press(s, "j"));
        assertThat(next.roleAt(best[0], best[1])).isEqualTo(Role.COMPLETED);
        int selected = 0;
        for (int y = PLOT_TOP; y < next.height(); y++) {
            for (int x = 0; x < next.width(); x++) {
                if (next.roleAt(x, y) == Role.SELECTED && next.charAt(x, y) == 'o') {
                    selected++;
                }
            }
        }
        assertThat(selected).as("one point, the second job's (depth 8, auc 0.78)").isEqualTo(1);
    }

    /** At 80x24 the plot's points start on row 15: header, status, border, two summary rows, the table's nine, the plot's title. */
    static final int PLOT_TOP = 15;

    static int[] cellOf(Canvas c, char ch) {
        for (int y = PLOT_TOP; y < c.height(); y++) {
            for (int x = 0; x < c.width(); x++) {
                if (c.charAt(x, y) == ch) {
                    return new int[] {x, y};
                }
            }
        }
        throw new AssertionError(ch + " not in the plot:\n" + c);
    }

    @Test
    void noTrainingJobsYet_saysSo_andThePlotHasNothingToShow() {
        AppState s = Searches.shown(80, 24, search(JobStatus.IN_PROGRESS, 0, 0), List.of());
        assertThat(screen(s)).contains("No training jobs yet").contains("Nothing to plot yet");
    }

    @Test
    void notANumberAndInfiniteObjectives_areShown_rankedAfterTheNumbers_andNotPlotted() {
        List<TrainingJob> c = new ArrayList<>(eight());
        c.add(child(SEARCH, 9, "4", "0.1", JobStatus.COMPLETED, Double.NaN));
        c.add(child(SEARCH, 10, "5", "0.1", JobStatus.COMPLETED, Double.POSITIVE_INFINITY));
        AppState s = Searches.shown(80, 30, search(JobStatus.IN_PROGRESS, 9, 1), c);

        assertThat(rowOf(s, "009-abcdef12")).contains("NaN").doesNotContain("*");
        assertThat(rowOf(s, "010-abcdef12")).contains("Infinity");
        List<String> l = lines(s);
        assertThat(l.indexOf(rowOf(s, "010-abcdef12"))).isGreaterThan(l.indexOf(rowOf(s, "001-abcdef12")));
        assertThat(screen(s)).contains("3 not plot");
    }

    @Test
    void hostileHyperparameterValues_areMadeInert_andCut_neverWideningTheTable() {
        List<TrainingJob> c = new ArrayList<>();
        c.add(child(SEARCH, 1, "3\u001b[31m\u0007", "0.1" + "9".repeat(400), JobStatus.COMPLETED, 0.7));
        c.add(child(SEARCH, 2, "\r\n5", "0.2", JobStatus.COMPLETED, 0.8));
        TuningJob hostile = new TuningJob(SEARCH, null, dev.sagedeck.domain.Backend.SAGEMAKER, JobStatus.IN_PROGRESS, "alice", null,
                dev.sagedeck.domain.tuning.SearchStrategy.RANDOM, Searches.AUC, List.of("--range max_depth=3:9", "--range eta=0.01:0.3"),
                Map.of("x\u001b]0;pwned\u0007", "v".repeat(5000)), new dev.sagedeck.domain.tuning.TuningLimits(2, 1),
                dev.sagedeck.domain.tuning.EarlyStopping.OFF, Searches.counters(2, 0), null, null, null, "note\u0000\u009b", Map.of(), "{}");
        for (int cols : new int[] {80, 200}) {
            AppState s = Searches.shown(cols, 24, hostile, c);
            String text = screen(s);
            assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r").doesNotContain("\u0000").doesNotContain("\u009b");
            assertThat(text.lines()).allSatisfy(x -> assertThat(x.length()).isLessThanOrEqualTo(cols));
            assertThat(rowOf(s, "002-abcdef12")).contains("0.8000 *");
        }
    }

    @Test
    void fiveHundredJobs_scroll_andTheHeaderSaysWhichAreShown() {
        List<TrainingJob> many = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            many.add(child(SEARCH, i, Integer.toString(3 + i % 7), "0.1", JobStatus.COMPLETED, 0.5 + i / 10000.0));
        }
        AppState top = Searches.shown(80, 24, search(JobStatus.COMPLETED, 500, 0), many);
        assertThat(screen(top)).contains("1-8 of 500").contains("500-abcdef12").doesNotContain("001-abcdef12");

        AppState end = Searches.press(top, "G");
        assertThat(screen(end)).contains("493-500 of 500").contains("001-abcdef12");
    }

    @Test
    void beforeTheFirstRead_andAfterAFailedOne_theViewSaysWhat() {
        AppState s = Searches.shown(80, 24, search(JobStatus.IN_PROGRESS, 7, 1), eight());
        AppState failed = dev.sagedeck.app.Update.update(s, new dev.sagedeck.app.Msg.TuningFailed(SEARCH, "AccessDenied: no", Searches.T0)).state();
        assertThat(screen(failed)).contains("Could not read alice-tune-1: AccessDenied: no").contains("002-abcdef12");
    }
}
