package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.Wiring;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardPrefill;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.ScriptMetrics;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.MotoServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/** A PyTorch script launched for real against moto_server, read back with DescribeTrainingJob, and cloned. */
class FrameworkLaunchOnMotoTest {
    @RegisterExtension
    final MotoAccount moto = MotoAccount.withBucket();
    private AwsConnection aws;

    @BeforeEach
    void connect() {
        aws = AwsTestSupport.connect(MotoServer.endpoint());
    }

    @AfterEach
    void close() {
        aws.close();
    }

    @Test
    void pytorchOnAGpu_isCreatedWithTheDlcImageTheScriptModeKeysAndTheRequirementsInTheArchive() throws IOException {
        CliRun.Result r = moto.run("launch", "--script", "train.py", "--source-dir", LaunchFrameworksDryRunTest.CODE.toString(),
                "--framework", "pytorch", "--framework-version", "2.6.0", "--instance-type", "ml.g5.12xlarge",
                "--distribution", "torch_distributed", "--train", LaunchFrameworksDryRunTest.FIXTURES.resolve("train.csv").toString(),
                "--role", LaunchSpecs.ROLE, "--output", LaunchFrameworksDryRunTest.OUT, "--name", "torch-1", "--hp", "epochs=3");
        assertThat(r.code()).as(r.toString()).isZero();

        DescribeTrainingJobResponse job = aws.sageMaker().describeTrainingJob(d -> d.trainingJobName("alice-torch-1"));

        assertThat(job.algorithmSpecification().trainingImage())
                .isEqualTo("763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.6.0-gpu-py312");
        assertThat(job.algorithmSpecification().enableSageMakerMetricsTimeSeries()).isTrue();
        assertThat(job.hyperParameters()).containsEntry("epochs", "3")
                .containsEntry("sagemaker_program", "\"train.py\"")
                .containsEntry("sagemaker_region", "\"us-east-1\"")
                .containsEntry("sagemaker_container_log_level", "20")
                .containsEntry("sagemaker_torch_distributed_enabled", "true")
                .containsEntry("sagemaker_instance_type", "\"ml.g5.12xlarge\"")
                .containsEntry("sagemaker_submit_directory",
                        "\"s3://lesson-bucket/frameworks/alice-torch-1/source/sourcedir.tar.gz\"");
        assertThat(job.debugHookConfig().s3OutputPath()).isEqualTo(LaunchFrameworksDryRunTest.OUT);
        assertThat(moto.s3().archiveEntries("lesson-bucket", "frameworks/alice-torch-1/source/sourcedir.tar.gz"))
                .containsExactlyInAnyOrder("train.py", "requirements.txt");
    }

    @Test
    void cloneOfAScriptJob_bringsBackTheMetricRulesItsDescriptionCarries_notTheRoundLineDefaults() {
        CliRun.Result r = moto.run("launch", "--script", "train.py", "--source-dir", LaunchFrameworksDryRunTest.CODE.toString(),
                "--framework", "pytorch", "--instance-type", "ml.m5.xlarge", "--metric", "val_acc=val_acc: ([0-9.]+)",
                "--train", LaunchFrameworksDryRunTest.FIXTURES.resolve("train.csv").toString(),
                "--role", LaunchSpecs.ROLE, "--output", LaunchFrameworksDryRunTest.OUT, "--name", "torch-2");
        assertThat(r.code()).as(r.toString()).isZero();
        // what SageMaker says the job declared (moto 5.2.1 puts its own test:dcg rule in place of the ones sent)
        List<MetricDefinition> declared = aws.sageMaker().describeTrainingJob(d -> d.trainingJobName("alice-torch-2"))
                .algorithmSpecification().metricDefinitions().stream().map(d -> new MetricDefinition(d.name(), d.regex())).toList();
        List<MetricDefinition> own = declared.stream().filter(d -> !ScriptMetrics.defaults().contains(d)).toList();
        assertThat(own).as("rules of the job's own in " + declared).isNotEmpty();

        // the dashboard's C on the job as sagedeck describes it: the Metrics field holds those rules
        TrainingJob described = new Wiring(moto.env()).backends(null).describe("alice-torch-2");
        Map<WizardField, String> cloned = WizardPrefill.fromJob(described, WizardPrefill.initial(Map.of(), null));
        assertThat(ScriptMetrics.parseList(cloned.get(WizardField.METRICS))).isEqualTo(own);

        // launch --like from a shell: the clone declares them again, first, and the round-line defaults once
        JsonNode sent = moto.run("launch", "--like", "alice-torch-2", "--name", "torch-3",
                "--source-dir", LaunchFrameworksDryRunTest.CODE.toString(), "--dry-run", "--json").json()
                .at("/AlgorithmSpecification/MetricDefinitions");
        List<MetricDefinition> again = new ArrayList<>();
        sent.forEach(d -> again.add(new MetricDefinition(d.path("Name").asText(), d.path("Regex").asText())));
        assertThat(again).startsWith(own.toArray(new MetricDefinition[0])).containsAll(ScriptMetrics.defaults())
                .extracting(MetricDefinition::name).doesNotHaveDuplicates();
    }
}
