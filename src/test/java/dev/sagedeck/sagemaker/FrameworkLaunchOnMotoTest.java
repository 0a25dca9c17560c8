package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.cli.CliRun;
import dev.sagedeck.testing.MotoServer;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/** A PyTorch script launched for real against moto_server, read back with DescribeTrainingJob. */
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
}
