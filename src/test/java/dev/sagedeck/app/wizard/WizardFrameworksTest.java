package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardFixture.press;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Next;
import dev.sagedeck.domain.FrameworkCatalog;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.ScriptSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wizard's PyTorch and TensorFlow choices: versions newest first, the version's Python, the framework's distribution. */
class WizardFrameworksTest {
    /** A small catalogue in the shape the SDK's tables give (PyTorch 1.8.1 has two Pythons, 2.8.0 one). */
    static final FrameworkCatalog CATALOG = new FrameworkCatalog(Map.of(
            "pytorch", new FrameworkCatalog.Framework("pytorch", "PyTorch", List.of("1.8.1", "2.8.0"), Map.of("2.8", "2.8.0"),
                    Map.of("1.8.1", List.of("py3", "py36"), "2.8.0", List.of("py312"))),
            "tensorflow", new FrameworkCatalog.Framework("tensorflow", "TensorFlow", List.of("2.19.0"), Map.of(),
                    Map.of("2.19.0", List.of("py312")))));

    private static AppState state() {
        return AppState.initial(WizardFixture.session(true).withFrameworks(CATALOG), 120, 35, WizardFixture.T0).started("list");
    }

    /** SageMaker, data from S3, script mode with train.py in code/, the framework field focused. */
    private static final String TO_FRAMEWORK = "n<Right><Enter><Right><Tab>s3://alice-bucket/train.csv<Enter><Right><Tab>train.py<Tab>code<Down>";

    @Test
    void choosingPytorch_takesTheNewestVersionAndItsOnlyPython() {
        AppState run = press(state(), TO_FRAMEWORK + "<Right><Right>").state();

        assertThat(run.wizard().value(WizardField.FRAMEWORK)).isEqualTo("pytorch");
        assertThat(run.wizard().value(WizardField.IMAGE_VERSION)).isEqualTo("2.8.0");
        assertThat(run.wizard().value(WizardField.PY_VERSION)).isEqualTo("py312");
        AppState resources = press(run, "<Enter><Enter>").state();
        assertThat(resources.wizard().step()).isEqualTo(WizardStep.RESOURCES);
        assertThat(WizardSteps.fields(WizardStep.RESOURCES, resources.wizard().values()))
                .containsSubsequence(WizardField.IMAGE_VERSION, WizardField.PY_VERSION, WizardField.DISTRIBUTION);
    }

    @Test
    void anOlderVersionWithTwoPythons_andTorchDistributed_reachTheLaunchSpec() {
        AppState resources = press(state(), TO_FRAMEWORK + "<Right><Right><Enter><Enter>").state();
        // instance type, count, spot, runtime, role, output; then the version, its Python, the distribution
        Next review = press(resources, "<Tab><Tab><Tab><Tab><Tab>s3://alice-bucket/runs<Tab><Right><Tab><Right><Tab><Right><Enter>");

        assertThat(review.state().wizard().step()).as(String.valueOf(review.state().flash())).isEqualTo(WizardStep.REVIEW);
        LaunchSpec spec = ((Effect.PlanLaunch) review.effects().get(0)).spec();
        ScriptSpec script = spec.script();
        assertThat(script.framework()).isEqualTo("pytorch");
        assertThat(script.frameworkVersion()).isEqualTo("1.8.1");
        assertThat(script.pyVersion()).isEqualTo("py36");
        assertThat(script.distribution()).isEqualTo("torch_distributed");
        assertThat(WizardCommandLine.of(spec)).contains("--framework pytorch --py-version py36 --distribution torch_distributed")
                .contains("--image-version 1.8.1");
    }

    @Test
    void sklearn_offersItsDefaultThen142_andTheChosenVersionReachesTheLaunchSpec() {
        AppState resources = press(state(), TO_FRAMEWORK + "<Right><Enter><Enter>").state();
        assertThat(resources.wizard().value(WizardField.FRAMEWORK)).isEqualTo("sklearn");
        assertThat(WizardChoices.options(WizardField.IMAGE_VERSION, resources.wizard().values(), CATALOG))
                .containsExactly("1.2-1", "1.4-2", "1.0-1", "0.23-1");
        assertThat(resources.wizard().value(WizardField.IMAGE_VERSION)).isEqualTo("1.2-1");

        Next review = press(resources, "<Tab><Tab><Tab><Tab><Tab>s3://alice-bucket/runs<Tab><Right><Enter>");

        assertThat(review.state().wizard().step()).as(String.valueOf(review.state().flash())).isEqualTo(WizardStep.REVIEW);
        LaunchSpec spec = ((Effect.PlanLaunch) review.effects().get(0)).spec();
        assertThat(spec.script().framework()).isEqualTo("sklearn");
        assertThat(spec.script().frameworkVersion()).isEqualTo("1.4-2");
        assertThat(WizardCommandLine.of(spec)).contains("--framework sklearn").contains("--image-version 1.4-2");
    }

    @Test
    void switchingFramework_takesTheNewOnesNewest_evenWhenItHasTheOldVersionToo() {
        FrameworkCatalog shared = new FrameworkCatalog(Map.of(
                "pytorch", new FrameworkCatalog.Framework("pytorch", "PyTorch", List.of("2.8.0"), Map.of(), Map.of("2.8.0", List.of("py312"))),
                "tensorflow", new FrameworkCatalog.Framework("tensorflow", "TensorFlow", List.of("2.8.0", "2.19.0"), Map.of(),
                        Map.of("2.8.0", List.of("py39"), "2.19.0", List.of("py312")))));
        AppState s = AppState.initial(WizardFixture.session(true).withFrameworks(shared), 120, 35, WizardFixture.T0).started("list");

        AppState tf = press(s, TO_FRAMEWORK + "<Right><Right><Right>").state();

        assertThat(tf.wizard().value(WizardField.FRAMEWORK)).isEqualTo("tensorflow");
        assertThat(tf.wizard().value(WizardField.IMAGE_VERSION)).as("TensorFlow's newest, not PyTorch's 2.8.0").isEqualTo("2.19.0");
        assertThat(tf.wizard().value(WizardField.PY_VERSION)).isEqualTo("py312");
    }

    @Test
    void tensorflowOffersItsTwoStrategies_andXgboostNone() {
        AppState tf = press(state(), TO_FRAMEWORK + "<Left>").state();
        assertThat(tf.wizard().value(WizardField.FRAMEWORK)).isEqualTo("tensorflow");
        assertThat(WizardChoices.options(WizardField.DISTRIBUTION, tf.wizard().values(), CATALOG))
                .containsExactly("none", "multi_worker_mirrored_strategy", "parameter_server");
        AppState xgb = press(tf, "<Right>").state();
        assertThat(xgb.wizard().value(WizardField.FRAMEWORK)).isEqualTo("xgboost");
        assertThat(WizardSteps.fields(WizardStep.RESOURCES, xgb.wizard().values())).doesNotContain(WizardField.PY_VERSION);
    }

    @Test
    void aClonedPytorchJob_startsFromItsVersionPythonAndDistribution() {
        var torch = dev.sagedeck.domain.TrainingJob.builder("alice-torch-1", dev.sagedeck.domain.Backend.SAGEMAKER)
                .status(dev.sagedeck.domain.JobStatus.COMPLETED).owner("alice")
                .image("763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:1.8.1-gpu-py36")
                .hyperParameters(Map.of("sagemaker_program", "\"train.py\"", "sagemaker_torch_distributed_enabled", "true",
                        "epochs", "3"))
                .build();
        Map<WizardField, String> v = WizardPrefill.fromJob(torch, WizardPrefill.startFrom(WizardChoices.LESSON, Map.of(), null, Map.of()));

        assertThat(v).containsEntry(WizardField.FRAMEWORK, "pytorch").containsEntry(WizardField.IMAGE_VERSION, "1.8.1")
                .containsEntry(WizardField.PY_VERSION, "py36").containsEntry(WizardField.DISTRIBUTION, "torch_distributed")
                .containsEntry(WizardField.EXTRA, "epochs=3");
    }
}
