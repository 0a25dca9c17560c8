package dev.sagedeck.sagemaker;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TrainingInputMode;

/** Puts training jobs, notebook instances and log lines into moto with plain SDK clients. */
final class MotoSeed implements AutoCloseable {
    static final String ROLE = "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-Test";

    final SageMakerClient sageMaker;
    final CloudWatchLogsClient logs;

    MotoSeed(URI endpoint) {
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
        sageMaker = SageMakerClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
        logs = CloudWatchLogsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** A built-in XGBoost job like the lesson's, with the given tags (key, value, key, value...). */
    void job(String name, String... tags) {
        List<Tag> t = new ArrayList<>();
        for (int i = 0; i < tags.length; i += 2) {
            t.add(Tag.builder().key(tags[i]).value(tags[i + 1]).build());
        }
        sageMaker.createTrainingJob(r -> r.trainingJobName(name).roleArn(ROLE)
                .algorithmSpecification(a -> a.trainingImage(
                        "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                        .trainingInputMode(TrainingInputMode.FILE))
                .hyperParameters(java.util.Map.of("num_round", "50", "objective", "binary:logistic"))
                .inputDataConfig(Channel.builder().channelName("train").contentType("text/csv")
                        .dataSource(d -> d.s3DataSource(s -> s.s3DataType("S3Prefix")
                                .s3Uri("s3://lesson-bucket/titanic/train/").s3DataDistributionType("FullyReplicated")))
                        .build())
                .outputDataConfig(o -> o.s3OutputPath("s3://lesson-bucket/titanic/output"))
                .resourceConfig(rc -> rc.instanceType("ml.m5.xlarge").instanceCount(2).volumeSizeInGB(10))
                .stoppingCondition(s -> s.maxRuntimeInSeconds(3600))
                .tags(t));
    }

    void logLine(String stream, Instant time, String message) {
        try {
            logs.createLogGroup(r -> r.logGroupName(CloudWatchLogReader.GROUP));
        } catch (ResourceAlreadyExistsException exists) {
            // created by an earlier line
        }
        try {
            logs.createLogStream(r -> r.logGroupName(CloudWatchLogReader.GROUP).logStreamName(stream));
        } catch (ResourceAlreadyExistsException exists) {
            // created by an earlier line
        }
        logs.putLogEvents(r -> r.logGroupName(CloudWatchLogReader.GROUP).logStreamName(stream)
                .logEvents(InputLogEvent.builder().timestamp(time.toEpochMilli()).message(message).build()));
    }

    @Override
    public void close() {
        sageMaker.close();
        logs.close();
    }
}
