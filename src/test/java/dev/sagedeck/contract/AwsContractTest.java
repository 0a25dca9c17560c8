package dev.sagedeck.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.testing.MotoServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TrainingInputMode;
import software.amazon.awssdk.services.sagemaker.model.TrainingInstanceType;

/**
 * What sagedeck relies on from AWS, checked through the real SDK v2 clients over HTTP against
 * moto_server: each resource written is read back as written. If moto is not reachable,
 * {@link MotoServer#endpoint()} throws and every test here fails (never skips).
 */
class AwsContractTest {
    private static final String JOB = "alice-titanic-20250101-120000";
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerExecution";

    private static SdkHttpClient http;
    private static URI endpoint;
    private static StaticCredentialsProvider dummy;

    @BeforeAll
    static void clients() {
        endpoint = MotoServer.endpoint();
        http = UrlConnectionHttpClient.create();
        dummy = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    }

    @AfterAll
    static void closeHttp() {
        if (http != null) {
            http.close();
        }
    }

    @BeforeEach
    void emptyMoto() {
        MotoServer.reset();
    }

    @Test
    void objectPutInABucket_readsBackByteForByte() {
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(dummy)
                .httpClient(http)
                .build()) {
            s3.createBucket(b -> b.bucket("sagedeck-contract"));
            String csv = "PassengerId,Survived,Name\n1,0,\"Braund, Mr. Owen Harris\"\n2,1,\"Cumings, Mrs. Jöhn\"\n";
            s3.putObject(p -> p.bucket("sagedeck-contract").key("titanic/titanic_train.csv"),
                    RequestBody.fromString(csv, StandardCharsets.UTF_8));

            ResponseBytes<GetObjectResponse> got =
                    s3.getObjectAsBytes(g -> g.bucket("sagedeck-contract").key("titanic/titanic_train.csv"));

            assertThat(got.asUtf8String()).isEqualTo(csv);
            assertThat(got.response().contentLength()).isEqualTo(csv.getBytes(StandardCharsets.UTF_8).length);
            assertThat(s3.listObjectsV2(l -> l.bucket("sagedeck-contract").prefix("titanic/")).contents())
                    .extracting(o -> o.key())
                    .containsExactly("titanic/titanic_train.csv");
        }
    }

    @Test
    void logEventsPutInATrainingJobStream_comeBackInOrderWithTheirTimes() {
        try (CloudWatchLogsClient logs = CloudWatchLogsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(dummy)
                .httpClient(http)
                .build()) {
            String group = "/aws/sagemaker/TrainingJobs";
            String stream = JOB + "/algo-1-1735732800";
            logs.createLogGroup(c -> c.logGroupName(group));
            logs.createLogStream(c -> c.logGroupName(group).logStreamName(stream));
            long t0 = Instant.now().minusSeconds(60).toEpochMilli();
            List<InputLogEvent> sent = List.of(
                    InputLogEvent.builder().timestamp(t0).message("Train size: (570, 8)").build(),
                    InputLogEvent.builder().timestamp(t0 + 1000).message("[0]#011train-logloss:0.64").build(),
                    InputLogEvent.builder().timestamp(t0 + 2000).message("[1]\ttrain-logloss:0.60 ✓").build());
            logs.putLogEvents(p -> p.logGroupName(group).logStreamName(stream).logEvents(sent));

            List<OutputLogEvent> got = logs.getLogEvents(
                    g -> g.logGroupName(group).logStreamName(stream).startFromHead(true)).events();

            assertThat(got).extracting(OutputLogEvent::message)
                    .containsExactly("Train size: (570, 8)", "[0]#011train-logloss:0.64", "[1]\ttrain-logloss:0.60 ✓");
            assertThat(got).extracting(OutputLogEvent::timestamp).containsExactly(t0, t0 + 1000, t0 + 2000);
            assertThat(logs.describeLogStreams(d -> d.logGroupName(group).logStreamNamePrefix(JOB)).logStreams())
                    .extracting(s -> s.logStreamName())
                    .containsExactly(stream);
        }
    }

    @Test
    void trainingJobCreatedWithTags_describesItsSetupAndListsItsTags() {
        try (SageMakerClient sm = SageMakerClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(dummy)
                .httpClient(http)
                .build()) {
            Map<String, String> hps = Map.of("max_depth", "3", "eta", "0.1", "num_round", "100");
            String arn = sm.createTrainingJob(c -> c
                            .trainingJobName(JOB)
                            .roleArn(ROLE)
                            .algorithmSpecification(a -> a
                                    .trainingImage("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1")
                                    .trainingInputMode(TrainingInputMode.FILE))
                            .hyperParameters(hps)
                            .inputDataConfig(Channel.builder().channelName("train")
                                    .dataSource(d -> d.s3DataSource(s -> s
                                            .s3DataType("S3Prefix")
                                            .s3Uri("s3://sagedeck-contract/titanic/titanic_train.csv")))
                                    .build())
                            .outputDataConfig(o -> o.s3OutputPath("s3://sagedeck-contract/xgboost/"))
                            .resourceConfig(r -> r.instanceType(TrainingInstanceType.ML_M5_LARGE)
                                    .instanceCount(1)
                                    .volumeSizeInGB(5))
                            .stoppingCondition(s -> s.maxRuntimeInSeconds(3600))
                            .tags(Tag.builder().key("owner").value("alice").build(),
                                    Tag.builder().key("project").value("titanic").build()))
                    .trainingJobArn();

            DescribeTrainingJobResponse job = sm.describeTrainingJob(d -> d.trainingJobName(JOB));
            List<Tag> tags = sm.listTags(l -> l.resourceArn(arn)).tags();

            assertThat(arn).endsWith(":training-job/" + JOB);
            assertThat(job.trainingJobName()).isEqualTo(JOB);
            assertThat(job.trainingJobArn()).isEqualTo(arn);
            // moto creates jobs already Completed; lifecycles are tested on the scripted endpoint
            assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
            assertThat(job.hyperParameters()).containsAllEntriesOf(hps);
            assertThat(job.inputDataConfig()).singleElement().satisfies(ch -> {
                assertThat(ch.channelName()).isEqualTo("train");
                assertThat(ch.dataSource().s3DataSource().s3Uri())
                        .isEqualTo("s3://sagedeck-contract/titanic/titanic_train.csv");
            });
            assertThat(job.outputDataConfig().s3OutputPath()).isEqualTo("s3://sagedeck-contract/xgboost/");
            assertThat(job.resourceConfig().instanceType()).isEqualTo(TrainingInstanceType.ML_M5_LARGE);
            assertThat(job.resourceConfig().instanceCount()).isEqualTo(1);
            assertThat(job.roleArn()).isEqualTo(ROLE);
            assertThat(tags.stream().collect(Collectors.toMap(Tag::key, Tag::value)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("owner", "alice", "project", "titanic"));
        }
    }
}
