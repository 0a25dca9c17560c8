package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.testing.MotoServer;
import dev.sagedeck.testing.ScriptedAws;
import dev.sagedeck.testing.ScriptedAws.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CreateTrainingJob refused by the service (scripted SageMaker endpoint; S3 on moto): a clear
 * message per reason, the uploads deleted again, and no job reported.
 */
class LaunchRejectedTest {
    private ScriptedAws aws;
    private AwsConnection connection;
    private MotoS3 s3;

    @BeforeEach
    void start() {
        MotoServer.reset();
        aws = ScriptedAws.start();
        Map<String, String> env = AwsTestSupport.credentials();
        env.put("AWS_ENDPOINT_URL_SAGEMAKER", aws.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_S3", MotoServer.endpoint().toString());
        connection = AwsConnection.open(new AwsOptions(null, "us-east-1", null, env), AwsTestSupport.PATIENT);
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket(LaunchOnMotoTest.BUCKET);
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
        s3.close();
    }

    private BackendException launchRejectedWith(String type, String message) {
        aws.on("SageMaker.CreateTrainingJob", req -> Reply.error(400, type, message));
        return catchThrowableOfType(BackendException.class,
                () -> AwsTestSupport.jobs(connection).launch(LaunchSpecs.builtIn("titanic-1", LaunchOnMotoTest.OUT)));
    }

    @Test
    void resourceLimitExceeded_saysWhichLimitAndWhatToDo_andDeletesTheUploads() {
        BackendException e = launchRejectedWith("ResourceLimitExceeded",
                "The account-level service limit 'ml.m5.large for training job usage' is 0 Instances");
        assertThat(e.kind()).isEqualTo(BackendException.Kind.FAILED);
        assertThat(e).hasMessageContaining("alice-titanic-1 was not created: the account's limit for ml.m5.large training is reached")
                .hasMessageContaining("'ml.m5.large for training job usage' is 0 Instances")
                .hasMessageContaining("Service Quotas")
                .hasMessageContaining("The 2 file(s) uploaded for it were deleted again.");
        assertThat(aws.count("SageMaker.CreateTrainingJob")).isEqualTo(1);
        assertThat(s3.keys(LaunchOnMotoTest.BUCKET)).isEmpty();
        assertThat(aws.count("SageMaker.DescribeTrainingJob")).isEqualTo(1); // the name check before uploading; nothing reported as a job
    }

    @Test
    void validationException_missingS3Prefix_passesAwsWordsOnWithAHint() {
        BackendException e = launchRejectedWith("ValidationException",
                "No S3 objects found under S3 URL \"s3://lesson-bucket/titanic/alice-titanic-1/input/train/\" given in input data source.");
        assertThat(e.kind()).isEqualTo(BackendException.Kind.INVALID);
        assertThat(e).hasMessageContaining("alice-titanic-1 was not created: AWS rejected the request: No S3 objects found under S3 URL")
                .hasMessageContaining("names an existing prefix")
                .hasMessageContaining("deleted again");
        assertThat(s3.keys(LaunchOnMotoTest.BUCKET)).isEmpty();
    }

    @Test
    void nameAlreadyInUse_asksForAnotherName() {
        BackendException e = launchRejectedWith("ResourceInUse", "Training job names must be unique within an AWS account and region");
        assertThat(e.kind()).isEqualTo(BackendException.Kind.CONFLICT);
        assertThat(e).hasMessageContaining("a training job with that name already exists").hasMessageContaining("choose another --name");
        assertThat(s3.keys(LaunchOnMotoTest.BUCKET)).isEmpty();
    }

    @Test
    void uploadFailing_createsNoJob() {
        BackendException e = catchThrowableOfType(BackendException.class, () -> AwsTestSupport.jobs(connection)
                .launch(LaunchSpecs.builtIn("titanic-1", "s3://no-such-bucket-here/x")));
        assertThat(e).hasMessageContaining("uploading for alice-titanic-1 failed, so no job was created")
                .hasMessageContaining("Nothing had been uploaded.");
        assertThat(aws.count("SageMaker.CreateTrainingJob")).isZero();
    }
}
