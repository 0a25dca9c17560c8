package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardFixture.CLEAR;
import static dev.sagedeck.app.wizard.WizardFixture.press;
import static dev.sagedeck.app.wizard.WizardFixture.send;
import static dev.sagedeck.app.wizard.WizardFixture.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.tuning.OneJobTime;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningLimits;
import dev.sagedeck.domain.tuning.TuningPreview;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wizard's tune step as state transitions: off by default, each hyperparameter fixed or a range, problems at their field, one plan, one launch. */
class WizardTuneStepTest {
    /** n, local, the sample, built-in, then on the hyperparameters step down to "Search" and yes. */
    static final String LOCAL_TUNE_ON = "n<Enter><Enter><Enter>" + "<Tab>".repeat(6) + "<Right>";
    static final String MANAGED_TUNE_ON = "n<Right><Enter><Enter><Enter>" + "<Tab>".repeat(6) + "<Right>";

    private static Next tuneStep(boolean managed) {
        return press(state(managed), (managed ? MANAGED_TUNE_ON : LOCAL_TUNE_ON) + "<Enter>");
    }

    private static AppState at(AppState s, WizardField f) {
        return s.withWizard(s.wizard().withFocus(f));
    }

    private static WizardState typed(boolean managed, WizardField f, String text) {
        return press(at(tuneStep(managed).state(), f), CLEAR + text).state().wizard();
    }

    @Test
    void searchIsOffByDefault_soARunHasNoTuneStep_andYesAddsItAfterTheHyperparameters() {
        WizardState off = press(state(false), "n<Enter><Enter><Enter>").state().wizard();
        assertThat(off.value(WizardField.TUNE)).isEqualTo("no");
        assertThat(WizardSteps.steps(off.values())).doesNotContain(WizardStep.TUNE);
        assertThat(WizardSteps.fields(WizardStep.PARAMS, off.values())).endsWith(WizardField.TUNE);

        WizardState on = tuneStep(false).state().wizard();
        assertThat(WizardSteps.steps(on.values())).containsExactly(WizardStep.WHERE, WizardStep.DATA, WizardStep.RUN, WizardStep.PARAMS,
                WizardStep.TUNE, WizardStep.REVIEW);
        assertThat(on.step()).isEqualTo(WizardStep.TUNE);
        assertThat(on.focus()).isEqualTo(WizardField.SEARCH_MAX_DEPTH);
        assertThat(on.errors()).isEmpty();
    }

    @Test
    void aSearchOnTheLongDemo_isRefusedAtSearch_sayingToChooseTheSample() {
        WizardState w = press(state(false), "n<Enter><Left><Enter><Enter>" + "<Tab>".repeat(6) + "<Right><Enter>").state().wizard();

        assertThat(w.value(WizardField.SOURCE)).isEqualTo(WizardChoices.DEMO);
        assertThat(w.step()).as("no tune step for the long demo").isEqualTo(WizardStep.PARAMS);
        assertThat(w.errors()).containsEntry(WizardField.TUNE, TuneText.LONG_DEMO);
    }

    @Test
    void strategies_areRandomAndGridLocally_andSageMakersFourManaged() {
        assertThat(WizardChoices.options(WizardField.STRATEGY, tuneStep(false).state().wizard().values(), null))
                .containsExactly("random", "grid");
        assertThat(WizardChoices.options(WizardField.STRATEGY, tuneStep(true).state().wizard().values(), null))
                .containsExactly("bayesian", "random", "grid", "hyperband");
        assertThat(WizardChoices.options(WizardField.OBJECTIVE, tuneStep(true).state().wizard().values(), null))
                .startsWith("validation:logloss", "validation:auc").contains("validation:accuracy", "validation:f1");
        assertThat(WizardChoices.options(WizardField.OBJECTIVE, tuneStep(false).state().wizard().values(), null))
                .as("locally: what XGBoost itself reports").contains("validation:auc").doesNotContain("validation:accuracy");
    }

    @Test
    void theRangesTextIsTunesOwn_soTheWizardAndTheCliTakeTheSameText() {
        WizardState w = typed(false, WizardField.SEARCH_NUM_ROUND, "50:200");
        w = press(at(WizardFixture.state(false).withWizard(w).withView(dev.sagedeck.app.keys.Binding.View.WIZARD), WizardField.SEARCH_MORE),
                CLEAR + "gamma=0:5 booster=gbtree,dart").state().wizard();
        assertThat(w.errors()).isEmpty();
        List<ParameterRange> ranges = WizardTune.build(w.values()).plan().ranges();
        assertThat(ranges).extracting(ParameterRange::text)
                .containsExactly("max_depth=3:9", "eta=0.01:0.3:log", "num_round=50:200", "gamma=0:5", "booster=gbtree,dart");
        assertThat(WizardTune.build(w.values()).plan().staticHyperParameters())
                .as("a searched lesson value is no longer fixed").containsEntry("subsample", "0.8").doesNotContainKeys("max_depth", "eta", "num_round");
    }

    @Test
    void aRangeWhoseLowIsAboveItsHigh_isSaidAtItsField() {
        WizardState w = typed(false, WizardField.SEARCH_MAX_DEPTH, "9:3");
        assertThat(w.errors()).containsEntry(WizardField.SEARCH_MAX_DEPTH, "--range max_depth=9:3: MIN must not be above MAX");
        Next enter = press(WizardFixture.state(false).withWizard(w).withView(dev.sagedeck.app.keys.Binding.View.WIZARD), "<Enter>");
        assertThat(enter.state().wizard().step()).as("Enter stays on the step with the problem").isEqualTo(WizardStep.TUNE);
        assertThat(enter.state().flash()).contains("MIN must not be above MAX");
        assertThat(enter.effects()).noneMatch(e -> e instanceof Effect.PlanTuning);
    }

    @Test
    void aCategoricalListWithDuplicates_isSaidAtItsField() {
        WizardState w = typed(false, WizardField.SEARCH_MORE, "booster=gbtree,dart,gbtree");
        assertThat(w.errors().get(WizardField.SEARCH_MORE)).isEqualTo("--values booster=gbtree,dart,gbtree: 'gbtree' is listed twice");
    }

    @Test
    void maxParallelAboveMaxJobs_isSaidAtMaxParallel() {
        WizardState w = typed(false, WizardField.MAX_JOBS, "3");
        w = press(at(WizardFixture.state(false).withWizard(w).withView(dev.sagedeck.app.keys.Binding.View.WIZARD), WizardField.MAX_PARALLEL),
                CLEAR + "4").state().wizard();
        assertThat(w.errors()).containsEntry(WizardField.MAX_PARALLEL, "--max-parallel 4 is more than --max-jobs 3");
        assertThat(typed(false, WizardField.MAX_JOBS, "ten").errors()).containsEntry(WizardField.MAX_JOBS, "max jobs must be a whole number; got 'ten'");
    }

    @Test
    void aLogScaledRangeStartingAtZero_isSaidAtItsField() {
        WizardState w = typed(false, WizardField.SEARCH_MORE, "gamma=0:5:log");
        assertThat(w.errors()).containsEntry(WizardField.SEARCH_MORE, "--range gamma=0:5:log: logarithmic scaling needs MIN above 0");
    }

    @Test
    void aHyperparameterBothFixedAndSearched_isSaidAtTheRange() {
        AppState params = press(state(false), LOCAL_TUNE_ON).state();
        AppState extra = press(at(params, WizardField.EXTRA), "gamma=1").state();
        WizardState w = press(at(press(extra, "<Enter>").state(), WizardField.SEARCH_MORE), CLEAR + "gamma=0:5").state().wizard();
        assertThat(w.errors()).containsEntry(WizardField.SEARCH_MORE, "gamma is both fixed (gamma=1) and searched (gamma=0:5); drop one");
    }

    @Test
    void aSingleValueInARangeField_saysHowToSearchOrKeepItFixed() {
        assertThat(typed(false, WizardField.SEARCH_ETA, "0.2").errors().get(WizardField.SEARCH_ETA))
                .isEqualTo("give MIN:MAX (3:9, 0.01:0.3:log) or values A,B; leave it empty to keep eta fixed");
    }

    @Test
    void hyperbandWithEarlyStopping_isSaidAtEarlyStopping_asSageMakerRefusesIt() {
        AppState s = tuneStep(true).state();
        s = press(at(s, WizardField.STRATEGY), "<Left><Left>").state(); // random -> bayesian -> hyperband (wraps)
        s = press(at(s, WizardField.EARLY_STOPPING), "<Right>").state();
        assertThat(s.wizard().value(WizardField.STRATEGY)).isEqualTo("hyperband");
        assertThat(s.wizard().errors().get(WizardField.EARLY_STOPPING)).startsWith("Hyperband stops configurations itself");
    }

    @Test
    void theReview_asksForThePlanOfExactlyThisSearch_once_andAnAnswerForAnOlderOneIsDropped() {
        Next review = press(tuneStep(false).state(), "<Enter>");
        assertThat(review.state().wizard().step()).isEqualTo(WizardStep.REVIEW);
        List<Effect.PlanTuning> asked = review.effects().stream().filter(e -> e instanceof Effect.PlanTuning).map(e -> (Effect.PlanTuning) e).toList();
        assertThat(asked).hasSize(1);
        TuningLaunch launch = asked.get(0).launch();
        assertThat(launch.base().backend()).isEqualTo(Backend.LOCAL);
        assertThat(launch.plan().strategy()).isEqualTo(SearchStrategy.RANDOM);
        assertThat(launch.plan().limits()).isEqualTo(new TuningLimits(10, 2));

        Next blocked = press(review.state(), "<Enter>");
        assertThat(blocked.effects()).as("no launch before the plan").noneMatch(e -> e instanceof Effect.LaunchTuning);

        TuningLaunch older = new TuningLaunch(launch.base(), new dev.sagedeck.domain.tuning.TuningPlan(launch.plan().ranges(),
                launch.plan().staticHyperParameters(), SearchStrategy.GRID, launch.plan().objective(), launch.plan().limits(),
                launch.plan().earlyStopping(), 1));
        AppState stale = send(review.state(), new Msg.TuningPlanned(older, preview(null), List.of())).state();
        assertThat(stale.wizard().plan().pending()).isTrue();

        AppState planned = send(review.state(), new Msg.TuningPlanned(launch, preview(null), List.of())).state();
        assertThat(planned.wizard().plan().preview().wallHow()).contains("estimated");
        Next submitted = press(planned, "<Enter>");
        assertThat(submitted.effects()).filteredOn(e -> e instanceof Effect.LaunchTuning).singleElement()
                .satisfies(e -> assertThat(((Effect.LaunchTuning) e).launch()).isEqualTo(launch));
        assertThat(press(submitted.state(), "<Enter>").effects()).as("a second Enter sends nothing").noneMatch(e -> e instanceof Effect.LaunchTuning);
    }

    @Test
    void managedSubmit_startsTheTuningJobTheReviewNamed() {
        AppState s = tuneStep(true).state();
        s = press(s, "<Enter>").state(); // resources
        s = press(at(s, WizardField.OUTPUT), "s3://alice-bucket/out<Enter>").state();
        assertThat(s.wizard().step()).isEqualTo(WizardStep.REVIEW);
        TuningLaunch launch = s.wizard().plan().tuning();
        assertThat(launch.base().name()).as("generated when the review is planned").isNull();
        AppState planned = send(s, new Msg.TuningPlanned(launch, preview("alice-tune-1126-120000"),
                List.of(new CheckResult("role", CheckResult.Verdict.PASS, "ok")))).state();
        Effect.LaunchTuning started = (Effect.LaunchTuning) press(planned, "<Enter>").effects().stream()
                .filter(e -> e instanceof Effect.LaunchTuning).findFirst().orElseThrow();
        assertThat(started.launch().base().name()).isEqualTo("alice-tune-1126-120000");
        assertThat(started.launch().plan()).isEqualTo(launch.plan());
        assertThat(started.launch().base().backend()).isEqualTo(Backend.SAGEMAKER);
    }

    @Test
    void aFailingCheck_orAPlanThatFailed_blocksSubmit() {
        AppState review = press(tuneStep(false).state(), "<Enter>").state();
        TuningLaunch launch = review.wizard().plan().tuning();
        AppState failed = send(review, new Msg.TuningPlanFailed(launch, "cannot read the training data x.csv")).state();
        Next n = press(failed, "<Enter>");
        assertThat(n.effects()).noneMatch(e -> e instanceof Effect.LaunchTuning);
        assertThat(n.state().flash()).contains("cannot read the training data x.csv");
    }

    static TuningPreview preview(String name) {
        return TuningPreview.of(name, name == null ? null : "{}", List.of(), List.of(), name == null ? 0.0 : 2.3, "how", new TuningLimits(10, 2),
                name == null ? OneJobTime.ESTIMATED_LOCAL : OneJobTime.ESTIMATED_SAGEMAKER);
    }
}
