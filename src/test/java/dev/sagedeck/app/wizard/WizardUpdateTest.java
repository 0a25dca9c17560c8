package dev.sagedeck.app.wizard;

import dev.sagedeck.app.WizardSubmit;
import static dev.sagedeck.app.wizard.WizardFixture.CLEAR;
import static dev.sagedeck.app.wizard.WizardFixture.press;
import static dev.sagedeck.app.wizard.WizardFixture.send;
import static dev.sagedeck.app.wizard.WizardFixture.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Modal;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.CheckResult.Verdict;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.TrainingJob;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wizard as pure state transitions: keys in, state and effects out. */
class WizardUpdateTest {

    private static Next toReview(AppState s, String keys) {
        return press(s, keys);
    }

    @Test
    void localPath_goesWhereDataRunParamsReview_andAsksForItsChecksOnce() {
        Next n = press(state(false), "n");
        assertThat(n.state().wizard().step()).isEqualTo(WizardStep.WHERE);
        assertThat(WizardSteps.steps(n.state().wizard().values())).containsExactly(
                WizardStep.WHERE, WizardStep.DATA, WizardStep.RUN, WizardStep.PARAMS, WizardStep.REVIEW);
        Next data = press(n.state(), "<Enter>");
        assertThat(data.state().wizard().step()).isEqualTo(WizardStep.DATA);
        Next run = press(data.state(), "<Enter>");
        assertThat(run.state().wizard().step()).isEqualTo(WizardStep.RUN);
        Next params = press(run.state(), "<Enter>");
        assertThat(params.state().wizard().step()).isEqualTo(WizardStep.PARAMS);
        Next review = press(params.state(), "<Enter>");
        assertThat(review.state().wizard().step()).isEqualTo(WizardStep.REVIEW);
        assertThat(review.effects()).singleElement().isInstanceOf(Effect.PlanLaunch.class);
        assertThat(((Effect.PlanLaunch) review.effects().get(0)).spec().backend()).isEqualTo(Backend.LOCAL);
        assertThat(data.effects()).isEmpty();
        assertThat(run.effects()).isEmpty();
        assertThat(params.effects()).isEmpty();
    }

    @Test
    void sageMakerPath_addsTheResourcesStep_beforeTheReview() {
        Next n = press(state(true), "n<Right>");
        assertThat(n.state().wizard().value(WizardField.WHERE)).isEqualTo("sagemaker");
        Next sample = press(n.state(), "<Enter>");
        assertThat(sample.state().wizard().errors()).as("the bundled sample is uploaded like a local file").doesNotContainKey(WizardField.SOURCE);
        Next res = press(sample.state(), "<Right><Tab>s3://alice-bucket/train.csv<Enter><Enter><Enter>");
        assertThat(res.state().wizard().step()).isEqualTo(WizardStep.RESOURCES);
        assertThat(res.state().wizard().errors()).containsKey(WizardField.OUTPUT);
        Next stuck = press(res.state(), "<Enter>");
        assertThat(stuck.state().wizard().step()).isEqualTo(WizardStep.RESOURCES);
        assertThat(stuck.state().flash()).contains("give the output location");
        assertThat(stuck.state().wizard().focus()).isEqualTo(WizardField.OUTPUT);
        Next review = press(stuck.state(), "s3://alice-bucket/runs<Enter>");
        assertThat(review.state().wizard().step()).isEqualTo(WizardStep.REVIEW);
        LaunchSpec spec = ((Effect.PlanLaunch) review.effects().get(0)).spec();
        assertThat(spec.backend()).isEqualTo(Backend.SAGEMAKER);
        assertThat(spec.roleArn()).isEqualTo(WizardFixture.ROLE);
        assertThat(spec.data().train()).isEqualTo("s3://alice-bucket/train.csv");
        assertThat(spec.outputPath()).isEqualTo("s3://alice-bucket/runs");
        assertThat(spec.resources().instanceType()).isEqualTo("ml.m5.large");
        assertThat(spec.resources().maxRuntimeSeconds()).isEqualTo(3600);
    }

    @Test
    void sageMaker_isRefusedWithTheReason_whenAwsIsNotConfigured() {
        Next n = press(state(false), "n<Right>");
        assertThat(n.state().wizard().errors().get(WizardField.WHERE)).contains("SageMaker is not available").contains("AWS is not configured");
        Next stuck = press(n.state(), "<Enter>");
        assertThat(stuck.state().wizard().step()).isEqualTo(WizardStep.WHERE);
        assertThat(stuck.state().flash()).contains("SageMaker is not available");
    }

    @Test
    void hyperparameters_areValidatedAsYouType_withTheRulesMessages() {
        AppState params = press(state(false), "n<Enter><Enter><Enter>").state();
        assertThat(params.wizard().focus()).isEqualTo(WizardField.MAX_DEPTH);
        AppState typed = press(params, CLEAR + "abc").state();
        assertThat(typed.wizard().errors().get(WizardField.MAX_DEPTH)).isEqualTo("max_depth must be a whole number in [1, 30]; got abc");
        AppState fixed = press(typed, CLEAR + "5").state();
        assertThat(fixed.wizard().errors()).doesNotContainKey(WizardField.MAX_DEPTH);
        AppState eta = press(fixed, "<Tab>" + CLEAR + "0").state();
        assertThat(eta.wizard().errors().get(WizardField.ETA)).isEqualTo("eta must be a number in (0, 1]; got 0");
        assertThat(press(eta, "<Enter>").state().flash()).isEqualTo("Fix this first: eta must be a number in (0, 1]; got 0");
        AppState extra = press(eta, CLEAR + "0.2<Tab><Tab><Tab><Tab>gamma").state();
        assertThat(extra.wizard().focus()).isEqualTo(WizardField.EXTRA);
        assertThat(extra.wizard().errors().get(WizardField.EXTRA)).isEqualTo("extra params are key=value separated by spaces; 'gamma' is not");
        assertThat(press(extra, "=1 max_depth=4").state().wizard().errors().get(WizardField.EXTRA))
                .isEqualTo("max_depth has its own field above; remove it here");
        assertThat(press(extra, "=1 colsample_bylevel=0.5").state().wizard().errors().get(WizardField.EXTRA)).isNull();
        assertThat(press(extra, "=1 num_class=1").state().wizard().errors().get(WizardField.EXTRA))
                .isEqualTo("num_class must be a whole number in [2, 1000]; got 1");
    }

    @Test
    void resourceFields_sayWhatIsWrong() {
        AppState res = press(state(true), "n<Right><Enter><Right><Tab>s3://alice-bucket/train.csv<Enter><Enter><Enter>").state();
        AppState count = press(res, "<Tab>" + CLEAR + "0").state();
        assertThat(count.wizard().errors().get(WizardField.INSTANCE_COUNT)).isEqualTo("instance count must be a whole number in [1, 100], or several for the experiment (1,2); got 0");
        AppState spot = press(count, CLEAR + "1<Tab><Right>").state();
        assertThat(WizardSteps.fields(WizardStep.RESOURCES, spot.wizard().values())).contains(WizardField.MAX_WAIT);
        AppState wait = press(spot, "<Tab>" + CLEAR + "30m").state();
        assertThat(wait.wizard().errors().get(WizardField.MAX_WAIT))
                .isEqualTo("max wait (30m) must be at least the max runtime (1h): SageMaker refuses spot jobs otherwise");
        AppState runtime = press(wait, "<Tab>" + CLEAR + "soon").state();
        assertThat(runtime.wizard().errors().get(WizardField.MAX_RUNTIME)).startsWith("max runtime must be a duration like 30m");
        AppState role = press(runtime, CLEAR + "20m<Tab>" + CLEAR + "admin").state();
        assertThat(role.wizard().errors()).doesNotContainKey(WizardField.MAX_WAIT);
        assertThat(role.wizard().errors().get(WizardField.ROLE)).startsWith("'admin' is not a role ARN");
        AppState out = press(role, CLEAR + WizardFixture.ROLE + "<Tab>/tmp/out").state();
        assertThat(out.wizard().errors().get(WizardField.OUTPUT)).isEqualTo("output must be an s3://bucket/prefix URI; got /tmp/out");
        AppState bucket = press(out, CLEAR + "s3://Bad_Bucket/x").state();
        assertThat(bucket.wizard().errors().get(WizardField.OUTPUT)).contains("bucket 'Bad_Bucket' is not a valid S3 bucket name");
    }

    @Test
    void localRun_refusesAnS3Uri_andNamesTheWayOut() {
        AppState data = press(state(false), "n<Enter><Right><Tab>s3://bucket/train.csv").state();
        assertThat(data.wizard().errors().get(WizardField.TRAIN))
                .isEqualTo("a local run reads local files, not S3: training data s3://bucket/train.csv (choose SageMaker in step 1, or give a local path)");
        AppState csv = press(data, CLEAR + "/data/my.csv<Down><Down><Right>").state(); // past the test file to the preset: csv
        assertThat(csv.wizard().errors().get(WizardField.LABEL)).isEqualTo("the csv preset needs the label column (the column to predict)");
    }

    @Test
    void goingBackAndForth_keepsEveryTypedValue() {
        AppState params = press(state(false), "n<Enter><Right><Tab>/data/train.csv<Enter><Enter>").state();
        assertThat(params.wizard().step()).isEqualTo(WizardStep.PARAMS);
        AppState typed = press(params, CLEAR + "7<Tab><Tab><Tab><Tab><Tab>gamma=2").state();
        AppState back = press(typed, "<Esc><Esc><Esc>").state();
        assertThat(back.wizard().step()).isEqualTo(WizardStep.WHERE);
        AppState again = press(back, "<Enter><Enter><Enter>").state();
        assertThat(again.wizard().step()).isEqualTo(WizardStep.PARAMS);
        assertThat(again.wizard().value(WizardField.MAX_DEPTH)).isEqualTo("7");
        assertThat(again.wizard().value(WizardField.EXTRA)).isEqualTo("gamma=2");
        assertThat(again.wizard().value(WizardField.TRAIN)).isEqualTo("/data/train.csv");
    }

    @Test
    void escOnTheFirstStep_closesTheWizard_andNothingIsLaunched() {
        Next n = press(state(false), "n<Enter><Esc><Esc>");
        assertThat(n.state().wizard()).isNull();
        assertThat(n.state().view()).isEqualTo(View.LIST);
        assertThat(n.state().flash()).isEqualTo("New run cancelled; nothing was launched.");
        assertThat(n.effects()).isEmpty();
    }

    @Test
    void submit_sendsExactlyOneLaunch_remembersTheValues_andASecondEnterSendsNothing() {
        Next review = press(state(false), "n<Enter><Enter><Enter>" + CLEAR + "5<Enter>");
        LaunchSpec spec = ((Effect.PlanLaunch) review.effects().get(0)).spec();
        assertThat(press(review.state(), "<Enter>").effects()).as("no submit before the checks arrive").isEmpty();
        AppState planned = send(review.state(), new Msg.LaunchPlanned(spec, null, List.of(new CheckResult("data", Verdict.PASS, "sample")))).state();
        Next submit = press(planned, "<Enter>");
        assertThat(submit.effects()).filteredOn(e -> e instanceof Effect.Launch).singleElement()
                .satisfies(e -> assertThat(((Effect.Launch) e).spec().hyperParameters()).containsEntry("max_depth", "5"));
        assertThat(submit.effects()).filteredOn(e -> e instanceof Effect.SaveWizardValues).singleElement()
                .satisfies(e -> assertThat(((Effect.SaveWizardValues) e).values()).containsEntry("max_depth", "5"));
        assertThat(press(submit.state(), "<Enter><Enter>").effects()).isEmpty();
        assertThat(submit.state().session().wizardLast()).containsEntry("max_depth", "5");
        TrainingJob run = dev.sagedeck.app.Jobs.local("alice-xgb-1", "alice", JobStatus.IN_PROGRESS, WizardFixture.T0);
        AppState launched = send(submit.state(), new Msg.Launched(run)).state();
        assertThat(launched.wizard()).isNull();
        assertThat(launched.view()).isEqualTo(View.JOB);
        assertThat(launched.list().selected()).isEqualTo("alice-xgb-1");
        AppState next = press(launched, "<Esc>n").state();
        assertThat(next.wizard().value(WizardField.MAX_DEPTH)).as("n starts from the lesson's values").isEqualTo("3");
        assertThat(next.wizard().focus()).as("the last run is offered first thing").isEqualTo(WizardField.START_FROM);
        AppState last = press(next, "<Right>").state();
        assertThat(last.wizard().value(WizardField.MAX_DEPTH)).as("the last run's values, once chosen").isEqualTo("5");
        assertThat(press(last, "<Left>").state().wizard().value(WizardField.MAX_DEPTH)).isEqualTo("3");
    }

    @Test
    void theLongDemo_isAChoiceOfTheDataStep_andItsCommandLineSaysDemoLong() {
        Next review = press(state(false), "n<Enter><Right><Right><Enter><Enter><Enter>");
        LaunchSpec spec = ((Effect.PlanLaunch) review.effects().get(0)).spec();
        assertThat(spec.data().longDemoRun()).isTrue();
        assertThat(spec.hyperParameters()).containsEntry("max_depth", "3").containsEntry("num_round", "100");
        assertThat(WizardCommandLine.of(spec)).contains("--sample titanic --demo-long");
        AppState sageMaker = press(state(true), "n<Enter><Right><Right><Esc><Right>").state();
        assertThat(sageMaker.wizard().errors().get(WizardField.SOURCE)).contains("runs on this machine only");
    }

    @Test
    void aFailingCheck_blocksSubmit_andSaysWhy() {
        Next review = press(state(false), "n<Enter><Enter><Enter><Enter>");
        LaunchSpec spec = ((Effect.PlanLaunch) review.effects().get(0)).spec();
        AppState planned = send(review.state(), new Msg.LaunchPlanned(spec, null,
                List.of(new CheckResult("role", Verdict.FAIL, "role SageMakerRole cannot be assumed by sagemaker.amazonaws.com")))).state();
        Next blocked = press(planned, "<Enter>");
        assertThat(blocked.effects()).isEmpty();
        assertThat(blocked.state().flash()).isEqualTo("Submit is blocked: role: role SageMakerRole cannot be assumed by sagemaker.amazonaws.com");
    }

    @Test
    void aPlanForAnOlderSpec_isDropped_andTheCurrentOneIsAskedFor() {
        Next first = press(state(false), "n<Enter><Enter><Enter><Enter>");
        LaunchSpec old = ((Effect.PlanLaunch) first.effects().get(0)).spec();
        Next changed = press(first.state(), "<Esc>" + CLEAR + "4<Enter>");
        assertThat(changed.effects()).as("the first plan is still on its way").isEmpty();
        Next arrived = send(changed.state(), new Msg.LaunchPlanned(old, null, List.of()));
        assertThat(arrived.effects()).singleElement().satisfies(e ->
                assertThat(((Effect.PlanLaunch) e).spec().hyperParameters()).containsEntry("max_depth", "4"));
        assertThat(arrived.state().wizard().plan().pending()).isTrue();
    }

    @Test
    void aFailedLaunch_keepsTheWizardAndItsValues() {
        Next review = press(state(false), "n<Enter><Enter><Enter>" + CLEAR + "6<Enter>");
        LaunchSpec spec = ((Effect.PlanLaunch) review.effects().get(0)).spec();
        AppState submitted = press(send(review.state(), new Msg.LaunchPlanned(spec, null, List.of())).state(), "<Enter>").state();
        AppState failed = send(submitted, new Msg.LaunchFailed("disk full")).state();
        assertThat(failed.modal()).isInstanceOf(Modal.Message.class);
        assertThat(failed.wizard().submitting()).isFalse();
        assertThat(failed.wizard().value(WizardField.MAX_DEPTH)).isEqualTo("6");
        assertThat(press(failed, "<Enter><Enter>").effects()).filteredOn(e -> e instanceof Effect.Launch).hasSize(1);
    }

    @Test
    void readOnly_neverOpensTheWizard_andSaysWhy() {
        AppState s = state(false).withSession(WizardFixture.session(false).withOwnership(dev.sagedeck.domain.Ownership.of("alice")));
        AppState ro = s.withSession(new dev.sagedeck.app.Session("t", s.session().ownership(), "local", null, null, true,
                dev.sagedeck.app.keys.Keymap.defaults().readOnly(), java.util.Map.of()));
        Next n = press(ro, "n");
        assertThat(n.state().wizard()).isNull();
        assertThat(((Modal.Message) n.state().modal()).text()).contains("never launches anything");
    }

    @Test
    void submit_launchesTheJobNameTheReviewShowed_notAFreshlyGeneratedOne() {
        dev.sagedeck.domain.LaunchSpec spec = new dev.sagedeck.domain.LaunchSpec(dev.sagedeck.domain.Backend.SAGEMAKER, null, "alice",
                dev.sagedeck.domain.DataSpec.sample("titanic"), java.util.Map.of(), null, null, null, "s3://b/p", null);
        String request = "{\n  \"TrainingJobName\" : \"alice-xgboost-20261126-120000\",\n  \"RoleArn\" : \"x\"\n}";
        assertThat(WizardSubmit.reviewed(spec, request).name()).isEqualTo("alice-xgboost-20261126-120000");
        assertThat(WizardSubmit.reviewed(spec, null).name()).isNull();
    }
}
