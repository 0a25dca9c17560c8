package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TransferProgress;
import dev.sagedeck.testing.MotoServer;
import dev.sagedeck.testing.ScriptedAws;
import dev.sagedeck.testing.ScriptedAws.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused launch never deletes or overwrites an S3 object that existed before it: SageMaker on the
 * scripted endpoint (a job that already has the name, CreateTrainingJob answering ResourceInUse), S3
 * on moto (real keys, real bytes, and moto's answer to {@code If-None-Match: *}).
 */
class LaunchNeverDestroysDataTest {
    private static final String BUCKET = LaunchOnMotoTest.BUCKET;
    private static final String OUT = LaunchOnMotoTest.OUT;
    private static final String TAKEN = "alice-titanic-1";
    private static final String PREFIX = "titanic/" + TAKEN + "/";

    private ScriptedAws aws;
    private AwsConnection connection;
    private MotoS3 s3;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void start() {
        MotoServer.reset();
        aws = ScriptedAws.start();
        Map<String, String> env = AwsTestSupport.credentials();
        env.put("AWS_ENDPOINT_URL_SAGEMAKER", aws.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_S3", MotoServer.endpoint().toString());
        connection = AwsConnection.open(new AwsOptions(null, "us-east-1", null, env), AwsTestSupport.PATIENT);
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket(BUCKET);
        aws.on("SageMaker.CreateTrainingJob", req -> {
            String name = req.path("TrainingJobName").asText();
            created.add(name);
            aws.sageMaker().addJob(name);
            return Reply.ok(ScriptedAws.JSON.createObjectNode().put("TrainingJobArn",
                    "arn:aws:sagemaker:us-east-1:" + dev.sagedeck.testing.ScriptedAwsSageMaker.ACCOUNT + ":training-job/" + name));
        });
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
        s3.close();
    }

    /** The files of the job that already has the name, and a neighbour's, byte for byte. */
    private Map<String, String> seedColleagueFiles() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put(PREFIX + "input/train/train.csv", "0,1,2\ncolleague's prepared data\n");
        before.put(PREFIX + "input/preprocessing.json", "{\"colleague\":true}");
        before.put(PREFIX + "output/model.tar.gz", "colleague's model");
        before.put("titanic/alice-titanic-10/input/train/train.csv", "a neighbour with a longer name");
        before.forEach((k, v) -> s3.put(BUCKET, k, v.getBytes(StandardCharsets.UTF_8)));
        return before;
    }

    private void assertUnchanged(Map<String, String> before) {
        before.forEach((k, v) -> assertThat(s3.text(BUCKET, k)).as(k).isEqualTo(v));
    }

    private BackendException launchRefused(String name) {
        return catchThrowableOfType(BackendException.class,
                () -> AwsTestSupport.jobs(connection).launch(LaunchSpecs.builtIn(name, OUT)));
    }

    @Test
    void launchWithATakenName_uploadsNothing_andTheOtherJobsFilesStayByteForByte() {
        aws.sageMaker().addJob(TAKEN);
        Map<String, String> before = seedColleagueFiles();

        BackendException e = launchRefused("titanic-1");

        assertThat(e.kind()).isEqualTo(BackendException.Kind.CONFLICT);
        assertThat(e).hasMessageContaining(TAKEN + " was not created: a training job with that name already exists");
        assertUnchanged(before);
        assertThat(s3.keys(BUCKET)).containsExactlyInAnyOrderElementsOf(before.keySet());
        assertThat(aws.count("SageMaker.CreateTrainingJob")).isZero();
    }

    @Test
    void nameTakenBetweenCheckAndCreate_resourceInUse_deletesOnlyWhatThisAttemptCreated() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put(PREFIX + "output/model.tar.gz", "colleague's model");
        before.put(PREFIX + "input/notes.txt", "a colleague's note beside the data");
        before.forEach((k, v) -> s3.put(BUCKET, k, v.getBytes(StandardCharsets.UTF_8)));
        aws.on("SageMaker.CreateTrainingJob", req -> Reply.error(400, "ResourceInUse",
                "Training job names must be unique within an AWS account and region"));

        BackendException e = launchRefused("titanic-1");

        assertThat(e.kind()).isEqualTo(BackendException.Kind.CONFLICT);
        assertThat(e).hasMessageContaining("already exists").hasMessageContaining("were deleted again");
        assertUnchanged(before);
        assertThat(s3.keys(BUCKET)).containsExactlyInAnyOrderElementsOf(before.keySet());
    }

    @Test
    void anObjectAlreadyAtAnUploadKey_refusesBeforeUploading_andKeepsItsBytes() {
        Map<String, String> before = Map.of(PREFIX + "input/preprocessing.json", "{\"left\":\"by an earlier attempt\"}");
        before.forEach((k, v) -> s3.put(BUCKET, k, v.getBytes(StandardCharsets.UTF_8)));

        BackendException e = launchRefused("titanic-1");

        assertThat(e.kind()).isEqualTo(BackendException.Kind.CONFLICT);
        assertThat(e).hasMessageContaining("s3://" + BUCKET + "/" + PREFIX + "input/preprocessing.json already exists")
                .hasMessageContaining("never overwrites");
        assertUnchanged(before);
        assertThat(s3.keys(BUCKET)).containsExactlyElementsOf(before.keySet());
        assertThat(aws.count("SageMaker.CreateTrainingJob")).isZero();
    }

    @Test
    void anUploadRacingAnotherWriter_isRefusedByS3_andTheOtherWritersBytesStay(@TempDir Path dir) throws Exception {
        String key = PREFIX + "input/train/train.csv";
        s3.put(BUCKET, key, "written a moment ago by someone else".getBytes(StandardCharsets.UTF_8));
        Path mine = Files.writeString(dir.resolve("train.csv"), "mine");

        BackendException e = catchThrowableOfType(BackendException.class, () -> new S3Transfers(connection)
                .uploadNew(mine, S3Location.parse("s3://" + BUCKET + "/" + key, "test"), "text/csv", TransferProgress.NONE));

        assertThat(e.kind()).isEqualTo(BackendException.Kind.CONFLICT);
        assertThat(e).hasMessageContaining("appeared while uploading");
        assertThat(s3.text(BUCKET, key)).isEqualTo("written a moment ago by someone else");
    }

    @Test
    void threeLaunchesInTheSameSecond_getThreeDifferentNames_andThreeSetsOfFiles() {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        SageMakerTrainingJobs jobs = new SageMakerTrainingJobs(connection,
                () -> AwsTestSupport.ALICE, null, frozen, MineListing.Plan.COMBINED, SageMakerTrainingJobs.DEFAULT_TAIL_LINES);
        for (int i = 0; i < 3; i++) {
            jobs.launch(LaunchSpecs.builtIn(null, OUT));
        }
        assertThat(created).hasSize(3).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("alice-xgboost-20261126-120000-[a-z0-9]{4}"));
        for (String name : created) {
            assertThat(s3.keys(BUCKET)).contains("titanic/" + name + "/input/train/train.csv");
        }
    }
}
