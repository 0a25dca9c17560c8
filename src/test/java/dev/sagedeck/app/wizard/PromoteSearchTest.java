package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardFixture.press;
import static dev.sagedeck.app.wizard.WizardFixture.send;
import static dev.sagedeck.app.wizard.WizardFixture.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.Modal;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningLimits;
import dev.sagedeck.domain.tuning.TuningTags;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** P on a local search: the wizard on SageMaker with the tune step filled in from the search (the reducer, through the message P's read sends). */
class PromoteSearchTest {
    static final String NAME = "alice-tune-20261126-110000-ab12";

    static TrainingJob record(JobStatus status) {
        return Jobs.local(NAME, "alice", status, WizardFixture.T0.minusSeconds(600)).toBuilder()
                .tags(Map.of(TuningTags.KIND, TuningTags.LOCAL_SEARCH))
                .image("local: search of built-in XGBoost (random, 8 configurations)")
                .hyperParameters(Map.of("subsample", "0.8", "colsample_bytree", "0.8", "num_round", "100", "eval_metric", "logloss"))
                .channels(List.of(new Channel("train", "sample:titanic", "text/csv", null), new Channel("test", "sample:titanic", "text/csv", null)))
                .build();
    }

    static TuningJob search(SearchStrategy strategy, String objective, List<String> ranges) {
        return new TuningJob(NAME, null, Backend.LOCAL, JobStatus.COMPLETED, "alice", record(JobStatus.COMPLETED).timing(), strategy,
                new Objective(objective, Objective.usualDirection(objective)), ranges, record(JobStatus.COMPLETED).hyperParameters(),
                new TuningLimits(8, 2), EarlyStopping.OFF, new TuningJob.Counters(8, 0, 0, 0, 0), NAME + "-003", 0.41, 0.0, null, Map.of(), null);
    }

    static final List<String> RANGES = List.of("--range max_depth=2:6", "--range eta=0.05:0.3", "--values booster=gbtree,dart");

    private static AppState promoted(TuningJob search) {
        AppState list = state(true, record(JobStatus.COMPLETED));
        Next p = press(list, "P");
        assertThat(p.effects()).containsExactly(new Effect.ReadSearch(NAME));
        assertThat(p.state().wizard()).as("the wizard opens once the search is read").isNull();
        return send(p.state(), new Msg.SearchToPromote(search, record(JobStatus.COMPLETED))).state();
    }

    @Test
    void p_onALocalSearch_opensTheWizardOnSageMaker_onTheTuneStep_withTheSameRanges() {
        AppState s = promoted(search(SearchStrategy.RANDOM, "validation:logloss", RANGES));
        WizardState w = s.wizard();
        assertThat(w.step()).isEqualTo(WizardStep.TUNE);
        assertThat(w.origin().kind()).isEqualTo(WizardState.Origin.Kind.PROMOTE);
        assertThat(w.values()).containsEntry(WizardField.WHERE, "sagemaker").containsEntry(WizardField.SOURCE, "sample")
                .containsEntry(WizardField.SEARCH_MAX_DEPTH, "2:6").containsEntry(WizardField.SEARCH_ETA, "0.05:0.3")
                .containsEntry(WizardField.SEARCH_SUBSAMPLE, "").containsEntry(WizardField.SEARCH_MORE, "booster=gbtree,dart")
                .containsEntry(WizardField.STRATEGY, "random").containsEntry(WizardField.OBJECTIVE, "validation:logloss")
                .containsEntry(WizardField.MAX_JOBS, "8").containsEntry(WizardField.MAX_PARALLEL, "2")
                .containsEntry(WizardField.EXTRA, "").containsEntry(WizardField.ROLE, WizardFixture.ROLE);
        WizardTune.fields().forEach(f -> assertThat(w.errors()).doesNotContainKey(f));
        assertThat(w.errors()).as("the user still gives the S3 location").containsKey(WizardField.OUTPUT);
        TuningLaunch launch = WizardTune.launch(w, s.session().ownership());
        assertThat(launch.plan().ranges()).extracting(r -> r.text()).containsExactly("max_depth=2:6", "eta=0.05:0.3", "booster=gbtree,dart");
        assertThat(launch.plan().strategy()).isEqualTo(SearchStrategy.RANDOM);
        assertThat(launch.plan().staticHyperParameters()).containsEntry("num_round", "100").doesNotContainKeys("max_depth", "eta", "eval_metric");
        assertThat(launch.base().backend()).isEqualTo(Backend.SAGEMAKER);
    }

    @Test
    void aLocalGridSearch_staysGrid_onSageMaker() {
        AppState s = promoted(search(SearchStrategy.GRID, "validation:logloss", List.of("--range max_depth=2:4", "--values booster=gbtree,dart")));
        assertThat(s.wizard().value(WizardField.STRATEGY)).isEqualTo("grid");
        assertThat(WizardTune.launch(s.wizard(), s.session().ownership()).plan().strategy()).isEqualTo(SearchStrategy.GRID);
        WizardTune.fields().forEach(f -> assertThat(s.wizard().errors()).doesNotContainKey(f));
    }

    @Test
    void aSearchWhoseObjectiveSageMakerLacks_opensWithTheProblemAtTheObjective() {
        AppState s = promoted(search(SearchStrategy.RANDOM, "train:logloss", RANGES));
        assertThat(s.wizard().focus()).isEqualTo(WizardField.OBJECTIVE);
        assertThat(s.wizard().errors().get(WizardField.OBJECTIVE))
                .startsWith("SageMaker's built-in XGBoost container does not tune on train:logloss; it tunes on validation:logloss");
        Next enter = press(s, "<Enter>");
        assertThat(enter.state().wizard().step()).isEqualTo(WizardStep.TUNE);
        AppState fixed = press(s, "<Right>").state(); // a choice SageMaker offers
        assertThat(fixed.wizard().errors()).doesNotContainKey(WizardField.OBJECTIVE);
    }

    @Test
    void p_inTheTuningViewOfALocalSearch_readsItForTheWizard() {
        AppState s = send(state(true, record(JobStatus.COMPLETED)), new Msg.OpenTuning(NAME, Backend.LOCAL)).state();
        s = send(s, new Msg.TuningLoaded(NAME, search(SearchStrategy.RANDOM, "validation:logloss", RANGES), List.of(), WizardFixture.T0)).state();
        assertThat(s.view()).isEqualTo(dev.sagedeck.app.keys.Binding.View.TUNING);
        Next p = press(s, "P");
        assertThat(p.effects()).contains(new Effect.ReadSearch(NAME));
        WizardState w = send(p.state(), new Msg.SearchToPromote(search(SearchStrategy.RANDOM, "validation:logloss", RANGES),
                record(JobStatus.COMPLETED))).state().wizard();
        assertThat(w.step()).isEqualTo(WizardStep.TUNE);
        assertThat(w.value(WizardField.SEARCH_MAX_DEPTH)).isEqualTo("2:6");
    }

    @Test
    void aSearchStillRunning_isNotPromoted_andSaysWhy() {
        AppState list = state(true, record(JobStatus.IN_PROGRESS));
        Next p = press(list, "P");
        assertThat(p.effects()).isEmpty();
        assertThat(((Modal.Message) p.state().modal()).text()).contains("has not finished (status InProgress)");
    }

    @Test
    void withoutAws_promotingASearchSaysWhy() {
        Next p = press(state(false, record(JobStatus.COMPLETED)), "P");
        assertThat(p.effects()).isEmpty();
        assertThat(((Modal.Message) p.state().modal()).text()).startsWith("Promote needs SageMaker");
    }
}
