package dev.sagedeck.app.compare;

import dev.sagedeck.app.CompareKeys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.app.Session;
import dev.sagedeck.app.Update;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.ScreenHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code t} in the comparison, reducer only: the prompt, one effect per job, results and failures in the test rows. */
class CompareEvaluateTest {
    static final String TEST = "/data/titanic_test.csv";

    static TrainingJob job(String name, String testUri) {
        TrainingJob j = Jobs.local(name, "alice", JobStatus.COMPLETED, Jobs.T0.minusSeconds(60));
        return testUri == null ? j : j.toBuilder().channels(List.of(new Channel("test", testUri, "text/csv", "FullyReplicated"))).build();
    }

    /** The comparison of {@code jobs} open, every description already in. */
    static AppState comparing(TrainingJob... jobs) {
        Session session = new Session("t", Ownership.of("alice"), "local", null, null, false, Keymap.defaults(), Map.of());
        AppState s = Update.update(AppState.initial(session, 120, 35, Jobs.T0).started("list"),
                new Msg.JobsLoaded(JobScope.MINE, List.of(jobs), Jobs.T0)).state();
        Next n = press(s, " ".repeat(jobs.length) + "="); // Space marks and moves down
        for (TrainingJob j : jobs) {
            n = Update.update(n.state(), new Msg.JobDescribed(j));
        }
        assertThat(n.state().view()).isEqualTo(View.COMPARE);
        return n.state();
    }

    static Next press(AppState s, String keys) {
        Next n = Next.of(s);
        List<Effect> all = new ArrayList<>();
        for (String k : ScreenHarness.split(keys)) {
            n = Update.update(n.state(), new Msg.KeyPressed(new Key(k)));
            all.addAll(n.effects());
        }
        return new Next(n.state(), all);
    }

    static Comparison.Row row(AppState s, String labelStart) {
        return CompareKeys.of(s).rows().stream().filter(r -> r.label().equals(labelStart)).findFirst().orElseThrow();
    }

    @Test
    void t_asksForTheTestFile_prefilledWithTheFirstJobsLocalTestFile_andTypingEditsIt() {
        AppState s = comparing(job("alice-a", TEST), job("alice-b", "s3://bucket/test.csv"));
        Next n = press(s, "t");
        assertThat(n.state().compare().test().prompt()).isEqualTo(TEST);
        assertThat(n.effects()).isEmpty();
        n = press(n.state(), "<Backspace><Backspace><Backspace>txt");
        assertThat(n.state().compare().test().prompt()).isEqualTo("/data/titanic_test.txt");
        n = press(n.state(), "<Esc>");
        assertThat(n.state().compare().test().editing()).isFalse();
        assertThat(n.state().view()).as("Esc closes the prompt, not the comparison").isEqualTo(View.COMPARE);
        assertThat(n.effects()).isEmpty();
    }

    @Test
    void anS3OrSampleTestFile_isNotOffered_theUserTypesAPath() {
        assertThat(press(comparing(job("alice-a", "s3://b/t.csv"), job("alice-b", TEST)), "t").state().compare().test().prompt()).isEmpty();
        assertThat(press(comparing(job("alice-a", "sample:titanic"), job("alice-b", null)), "t").state().compare().test().prompt()).isEmpty();
    }

    @Test
    void keysTypedInThePrompt_areText_notCompareKeys() {
        Next n = press(comparing(job("alice-a", null), job("alice-b", null)), "tdeE");
        assertThat(n.state().compare().test().prompt()).isEqualTo("deE");
        assertThat(n.state().compare().allParams()).isFalse();
        assertThat(n.effects()).isEmpty();
    }

    @Test
    void enter_startsOneEvaluationPerComparedJob_andEachShowsEvaluating() {
        Next n = press(comparing(job("alice-a", TEST), job("alice-b", null), job("alice-c", null)), "t<Enter>");
        // the file is remembered for the next t, in this session and the next
        assertThat(n.effects()).containsExactly(new Effect.RememberTestFile(TEST), new Effect.EvaluateModel("alice-a", TEST),
                new Effect.EvaluateModel("alice-b", TEST), new Effect.EvaluateModel("alice-c", TEST));
        assertThat(n.state().session().lastTestFile()).isEqualTo(TEST);
        assertThat(n.state().compare().test().editing()).isFalse();
        assertThat(CompareKeys.of(n.state()).testFile()).isEqualTo(TEST);
        assertThat(row(n.state(), "test accuracy").values()).containsOnly("evaluating...");
        assertThat(n.state().flash()).isEqualTo("Evaluating 3 models on " + TEST + " ...");
        assertThat(press(n.state(), "t<Enter>").effects()).as("the same evaluations in flight are not asked twice").isEmpty();
    }

    @Test
    void enterOnAnEmptyPath_saysWhatToType_andStartsNothing() {
        Next n = press(comparing(job("alice-a", null), job("alice-b", null)), "t<Enter>");
        assertThat(n.effects()).isEmpty();
        assertThat(n.state().flash()).contains("path of a labelled test CSV");
        assertThat(n.state().compare().test().editing()).isTrue();
    }

    @Test
    void results_fillTheRows_andAFailureForOneJob_leavesTheOthersScored() {
        Next n = press(comparing(job("alice-a", TEST), job("alice-b", null), job("alice-c", null)), "t<Enter>");
        AppState s = n.state();
        s = Update.update(s, new Msg.ModelEvaluated("alice-a", TEST, 178, Map.of("accuracy", 0.8146, "auc", 0.87, "logloss", 0.43))).state();
        assertThat(row(s, "test accuracy").values()).containsExactly("0.8146", "evaluating...", "evaluating...");
        s = Update.update(s, new Msg.EvaluationFailed("alice-b", TEST, "alice-b has no model yet (status InProgress)")).state();
        s = Update.update(s, new Msg.ModelEvaluated("alice-c", TEST, 178, Map.of("accuracy", 0.7921, "auc", 0.85, "logloss", 0.47))).state();

        assertThat(row(s, "test accuracy").values())
                .containsExactly("0.8146", "failed: has no model yet (status InProgress)", "0.7921");
        assertThat(s.flash()).isEqualTo("Scored 2 of 3 models on " + TEST + ".");
        assertThat(row(s, "test auc").values()).containsExactly("0.8700", "-", "0.8500");
        assertThat(row(s, "test logloss").values()).containsExactly("0.4300", "-", "0.4700");
        assertThat(s.inFlight()).noneMatch(k -> k.startsWith("evaluate:"));
        List<String> labels = CompareKeys.of(s).rows().stream().map(Comparison.Row::label).toList();
        assertThat(labels.indexOf("test accuracy")).as("results first").isZero();
        assertThat(labels).as("one row per metric").doesNotHaveDuplicates();
        assertThat(row(s, "test accuracy").best()).as("the best accuracy is marked").containsExactly(0);

        AppState sorted = press(s, "o").state();
        assertThat(CompareKeys.of(sorted).sortedBy()).isEqualTo("test accuracy");
        assertThat(CompareKeys.of(sorted).jobs()).as("best first, the unscored job last").containsExactly("alice-a", "alice-c", "alice-b");
        assertThat(sorted.flash()).isEqualTo("Sorted by test accuracy, best first.");
    }

    @Test
    void aRegressionModel_showsRmseAndMae_notAccuracy() {
        AppState s = press(comparing(job("alice-a", null), job("alice-b", null)), "t" + "/d/h.csv" + "<Enter>").state();
        s = Update.update(s, new Msg.ModelEvaluated("alice-a", "/d/h.csv", 50, Map.of("rmse", 1.25, "mae", 0.9))).state();
        s = Update.update(s, new Msg.ModelEvaluated("alice-b", "/d/h.csv", 50, Map.of("rmse", 1.5, "mae", 1.0))).state();
        assertThat(row(s, "test accuracy").values()).containsExactly("-", "-");
        assertThat(row(s, "test rmse").values()).containsExactly("1.250", "1.500");
        List<String> labels = CompareKeys.of(s).rows().stream().filter(r -> r.group().equals("test")).map(Comparison.Row::label).toList();
        assertThat(labels).containsExactly("test accuracy", "test rmse", "test mae");
        assertThat(row(s, "test rmse").best()).as("the lower error is the better one").containsExactly(0);
    }

    @Test
    void aLateAnswerForAnEarlierFile_isDropped_andTheNewFileIsPrefilledNextTime() {
        AppState s = press(comparing(job("alice-a", null), job("alice-b", null)), "t/old.csv<Enter>").state();
        s = press(s, "t" + "<Backspace>".repeat(8) + "/new.csv<Enter>").state();
        s = Update.update(s, new Msg.ModelEvaluated("alice-a", "/old.csv", 10, Map.of("accuracy", 0.5))).state();
        assertThat(CompareKeys.of(s).testFile()).isEqualTo("/new.csv");
        assertThat(row(s, "test accuracy").values()).containsExactly("evaluating...", "evaluating...");
        assertThat(s.busy(new Effect.EvaluateModel("alice-a", "/old.csv").key())).isFalse();
        assertThat(press(s, "t").state().compare().test().prompt()).isEqualTo("/new.csv");
    }

    @Test
    void closingTheComparison_forgetsTheEvaluation() {
        AppState s = press(comparing(job("alice-a", null), job("alice-b", null)), "t/x.csv<Enter><Esc>").state();
        assertThat(s.view()).isEqualTo(View.LIST);
        assertThat(s.compare().test()).isEqualTo(TestEvaluation.NONE);
    }
}
