package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardFixture.press;
import static dev.sagedeck.app.wizard.WizardFixture.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.TrainingJob;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** C on a SageMaker job carries what has no wizard field (environment, tags, VPC ...) and offers to resume its checkpoints. */
class CloneCarriesSettingsTest {
    static final String CHECKPOINTS = "s3://b/out/bob-spot-1/checkpoints/";
    static final TrainingJob INTERRUPTED = dev.sagedeck.app.Jobs.sagemaker("bob-spot-1", "bob", dev.sagedeck.domain.JobStatus.IN_PROGRESS,
                    "Interrupted", WizardFixture.T0).toBuilder()
            .hyperParameters(Map.of("max_depth", "4", "num_round", "50"))
            .channels(List.of(new dev.sagedeck.domain.Channel("train", "s3://b/train/", "text/csv", "ShardedByS3Key")))
            .roleArn(WizardFixture.ROLE).outputPath("s3://b/out")
            .image("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
            .tags(Map.of("owner", "bob", "course", "ml101", "sagedeck:preset", "titanic"))
            .resources(new Resources("ml.m5.large", 2, 30, 3600, true, 7200))
            .settings(new JobSettings(Map.of("STAGE", "lesson"), Map.of("owner", "bob", "course", "ml101", "sagedeck:preset", "titanic"),
                    2, 600, List.of("subnet-1"), List.of("sg-1"), "vol-key", "out-key", true, CHECKPOINTS, "/opt/ml/checkpoints",
                    Map.of("train", JobSettings.SHARDED)))
            .build();

    @Test
    void aClone_carriesEnvironmentTagsRetriesVpcKeysAndIsolation_butNeverTheOwnerTagOrSagedecksOwn() {
        AppState s = press(state(true, INTERRUPTED), "C").state();

        JobSettings carried = WizardSpec.of(s.wizard(), Ownership.of("alice")).settings();

        assertThat(carried.environment()).containsExactly(Map.entry("STAGE", "lesson"));
        assertThat(carried.tags()).containsExactly(Map.entry("course", "ml101"));
        assertThat(carried.maxRetries()).isEqualTo(2);
        assertThat(carried.keepAliveSeconds()).isEqualTo(600);
        assertThat(carried.subnets()).containsExactly("subnet-1");
        assertThat(carried.volumeKmsKey()).isEqualTo("vol-key");
        assertThat(carried.networkIsolation()).isTrue();
        assertThat(carried.checkpointUri()).as("new checkpoints unless resume is chosen").isNull();
        assertThat(carried.distribution()).containsEntry("train", JobSettings.SHARDED);
    }

    @Test
    void aCloneOfAJobWithCheckpoints_offersResume_andResumePointsTheCloneAtThem() {
        WizardState w = press(state(true, INTERRUPTED), "C").state().wizard();
        assertThat(WizardSteps.fields(WizardStep.RESOURCES, w.values())).contains(WizardField.CHECKPOINTS, WizardField.DATA_DISTRIBUTION);
        assertThat(w.value(WizardField.CHECKPOINTS)).isEqualTo(WizardChoices.NEW_CHECKPOINTS);

        Map<WizardField, String> v = new EnumMap<>(w.values());
        v.put(WizardField.CHECKPOINTS, WizardChoices.RESUME);
        LaunchSpec resumed = WizardSpec.of(w.withValues(v, w.errors()), Ownership.of("alice"));

        assertThat(resumed.settings().checkpointUri()).isEqualTo(CHECKPOINTS);
        assertThat(WizardCommandLine.of(resumed)).contains("--resume-checkpoints " + CHECKPOINTS).contains("--tag course=ml101")
                .contains("--data-distribution train=ShardedByS3Key");
        assertThat(WizardPrefill.remember(v)).as("resuming belongs to one clone, never remembered").doesNotContainKeys("checkpoints", "resume_from");
    }

    @Test
    void aNewRun_offersNoResume_andOneInstanceOffersNoDistribution() {
        WizardState w = press(state(true), "n").state().wizard();
        Map<WizardField, String> v = new EnumMap<>(w.values());
        v.put(WizardField.WHERE, WizardChoices.SAGEMAKER);
        assertThat(WizardSteps.fields(WizardStep.RESOURCES, v)).doesNotContain(WizardField.CHECKPOINTS, WizardField.DATA_DISTRIBUTION);
        v.put(WizardField.INSTANCE_COUNT, "2");
        assertThat(WizardSteps.fields(WizardStep.RESOURCES, v)).contains(WizardField.DATA_DISTRIBUTION);
    }

    @Test
    void theCommandLinesClone_isTheDashboardsClone() {
        Map<WizardField, String> v = new EnumMap<>(press(state(true, INTERRUPTED), "C").state().wizard().values());
        v.put(WizardField.CHECKPOINTS, WizardChoices.RESUME);
        WizardState dashboard = press(state(true, INTERRUPTED), "C").state().wizard();

        LaunchSpec fromC = WizardSpec.of(dashboard.withValues(v, dashboard.errors()), Ownership.of("alice"));
        LaunchSpec fromLike = CloneSpec.of(INTERRUPTED, Ownership.of("alice"), Backend.SAGEMAKER, true);

        assertThat(fromLike).isEqualTo(fromC);
    }
}
