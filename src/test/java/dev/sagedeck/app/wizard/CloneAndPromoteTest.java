package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardFixture.press;
import static dev.sagedeck.app.wizard.WizardFixture.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Jobs;
import dev.sagedeck.app.Modal;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.TrainingJob;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** C and P: the wizard pre-filled from a job, and the review's list of what differs. */
class CloneAndPromoteTest {
    static final TrainingJob SM = Jobs.sagemaker("alice-sm-1", "alice", JobStatus.COMPLETED, "Completed", WizardFixture.T0)
            .toBuilder()
            .hyperParameters(Map.of("max_depth", "4", "eta", "0.2", "num_round", "50", "gamma", "1", "sagemaker_program", "\"train.py\""))
            .channels(List.of(new Channel("train", "s3://b/train.csv", "text/csv", "FullyReplicated")))
            .resources(new Resources("ml.c5.xlarge", 2, 30, 7200, true, 10800))
            .roleArn(WizardFixture.ROLE).outputPath("s3://b/out")
            .image("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1-cpu-py3").build();

    @Test
    void clone_takesTheJobsBackendDataHyperparametersAndResources_andOpensOnTheHyperparameters() {
        AppState s = press(state(true, SM), "C").state();
        WizardState w = s.wizard();
        assertThat(w.step()).isEqualTo(WizardStep.PARAMS);
        assertThat(w.origin().kind()).isEqualTo(WizardState.Origin.Kind.CLONE);
        assertThat(w.values()).containsEntry(WizardField.WHERE, "sagemaker").containsEntry(WizardField.TRAIN, "s3://b/train.csv")
                .containsEntry(WizardField.MAX_DEPTH, "4").containsEntry(WizardField.ETA, "0.2").containsEntry(WizardField.NUM_ROUND, "50")
                .containsEntry(WizardField.EXTRA, "gamma=1").containsEntry(WizardField.INSTANCE_TYPE, "ml.c5.xlarge")
                .containsEntry(WizardField.INSTANCE_COUNT, "2").containsEntry(WizardField.SPOT, "yes")
                .containsEntry(WizardField.MAX_RUNTIME, "2h").containsEntry(WizardField.MAX_WAIT, "3h")
                .containsEntry(WizardField.IMAGE_VERSION, "1.5-1").containsEntry(WizardField.MODE, "script")
                .containsEntry(WizardField.ENTRY_POINT, "train.py").containsEntry(WizardField.NAME, "");
        assertThat(LaunchDiff.between(SM, WizardSpec.of(w.values(), "alice"))).as("an untouched clone changes nothing")
                .filteredOn(c -> !c.what().equals("subsample") && !c.what().equals("colsample_bytree")).isEmpty();
    }

    @Test
    void cloneDiff_namesEachChangedSetting_beforeAndAfter() {
        AppState s = press(state(true, SM), "C" + WizardFixture.CLEAR + "6").state();
        List<LaunchDiff.Change> diff = LaunchDiff.between(SM, WizardSpec.of(s.wizard().values(), "alice"));
        assertThat(diff).contains(new LaunchDiff.Change("max_depth", "4", "6"));
        assertThat(diff).contains(new LaunchDiff.Change("subsample", "-", "0.8")).as("values the original left at XGBoost's default");
    }

    @Test
    void promote_opensAFinishedLocalRunOnSageMakerResources_withItsDataAndHyperparameters() {
        TrainingJob run = Jobs.local("alice-local-1", "alice", JobStatus.COMPLETED, WizardFixture.T0).toBuilder()
                .hyperParameters(Map.of("max_depth", "5")).channels(List.of(new Channel("train", "/data/t.csv", "text/csv", null))).build();
        WizardState w = press(state(true, run), "P").state().wizard();
        assertThat(w.step()).isEqualTo(WizardStep.RESOURCES);
        assertThat(w.values()).containsEntry(WizardField.WHERE, "sagemaker").containsEntry(WizardField.TRAIN, "/data/t.csv")
                .containsEntry(WizardField.MAX_DEPTH, "5").containsEntry(WizardField.ROLE, WizardFixture.ROLE);
    }

    @Test
    void promote_refusesARunningLocalRun_aSageMakerJob_andWorksOnlyWithAws() {
        TrainingJob running = Jobs.local("alice-local-2", "alice", JobStatus.IN_PROGRESS, WizardFixture.T0);
        assertThat(((Modal.Message) press(state(true, running), "P").state().modal()).text()).contains("has not finished (status InProgress)");
        assertThat(((Modal.Message) press(state(true, SM), "P").state().modal()).text()).contains("is not a local run");
        TrainingJob done = Jobs.local("alice-local-3", "alice", JobStatus.COMPLETED, WizardFixture.T0);
        assertThat(((Modal.Message) press(state(false, done), "P").state().modal()).text())
                .contains("Promote needs SageMaker").contains("AWS is not configured");
    }

    @Test
    void commandLine_quotesWhatAShellWouldSplit() {
        assertThat(WizardCommandLine.quote("my data.csv")).isEqualTo("'my data.csv'");
        assertThat(WizardCommandLine.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(WizardCommandLine.quote("s3://b/x.csv")).isEqualTo("s3://b/x.csv");
    }

    @Test
    void durations_readAsTyped_andPrintShortest() {
        assertThat(Durations.seconds("1h30m")).hasValue(5400);
        assertThat(Durations.seconds("3600")).hasValue(3600);
        assertThat(Durations.seconds("soon")).isEmpty();
        assertThat(Durations.text(5400)).isEqualTo("1h30m");
        assertThat(Durations.text(90)).isEqualTo("1m30s");
        assertThat(Durations.text(2 * 86400)).isEqualTo("2d");
    }

    @Test
    void clone_ofACsvPresetRun_keepsItsPresetAndLabel_fromTheRunTags() {
        dev.sagedeck.domain.TrainingJob j = dev.sagedeck.domain.TrainingJob.builder("alice-churn-1", dev.sagedeck.domain.Backend.LOCAL)
                .status(dev.sagedeck.domain.JobStatus.COMPLETED)
                .channels(java.util.List.of(new dev.sagedeck.domain.Channel("train", "/data/churn.csv", "text/csv", null)))
                .tags(dev.sagedeck.domain.RunTags.of(new dev.sagedeck.domain.DataSpec("/data/churn.csv", null, "csv", "churned", null, null)))
                .build();
        java.util.Map<WizardField, String> v = WizardPrefill.fromJob(j, WizardPrefill.initial(java.util.Map.of(), null));
        org.assertj.core.api.Assertions.assertThat(v).containsEntry(WizardField.PRESET, "csv").containsEntry(WizardField.LABEL, "churned")
                .containsEntry(WizardField.TRAIN, "/data/churn.csv");
    }
}
