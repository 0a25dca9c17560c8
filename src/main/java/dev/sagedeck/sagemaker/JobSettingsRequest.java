package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.JobSettingsRules;
import dev.sagedeck.domain.LaunchSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.S3DataDistribution;
import software.amazon.awssdk.services.sagemaker.model.S3DataType;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * {@link JobSettings} in the CreateTrainingJob request, member by member as the SageMaker Python SDK
 * sends them (aws/sagemaker-python-sdk v2.257.6, commit fc582aaa: {@code session.py _get_train_request},
 * {@code estimator.py _get_train_args} and {@code _add_spot_checkpoint_args}, {@code job.py
 * _prepare_resource_config} / {@code _prepare_output_config}, {@code vpc_utils.to_dict}): Environment and
 * VpcConfig only when given, RetryStrategy as {@code {"MaximumRetryAttempts": n}},
 * KeepAlivePeriodInSeconds and VolumeKmsKeyId in ResourceConfig, KmsKeyId in OutputDataConfig,
 * EnableNetworkIsolation only when true, CheckpointConfig {@code {S3Uri, LocalPath}}; with network
 * isolation a script's code travels in a {@code code} channel ({@code estimator.py} L1023: code_uri,
 * {@code CONTAINER_CODE_CHANNEL_SOURCEDIR_PATH}).
 */
final class JobSettingsRequest {
    /** Where the container finds the code channel's archive (SDK: Framework.CONTAINER_CODE_CHANNEL_SOURCEDIR_PATH). */
    static final String CODE_CHANNEL_ARCHIVE = "/opt/ml/input/data/code/sourcedir.tar.gz";
    static final String SUBMIT_DIRECTORY = "sagemaker_submit_directory";

    private JobSettingsRequest() {}

    /** The checkpoint prefix a spot job gets when none is given: {@code <output>/<job>/checkpoints/}. */
    static S3Location defaultCheckpoints(S3Location jobRoot) {
        return jobRoot.child("checkpoints/");
    }

    /** The settings' members added to {@code built}; INVALID (naming the flag) for a channel that does not exist or too many tags. */
    static CreateTrainingJobRequest apply(LaunchSpec spec, CreateTrainingJobRequest built, S3Location jobRoot, List<String> notes) {
        JobSettings s = spec.settings();
        CreateTrainingJobRequest.Builder b = built.toBuilder();
        if (!s.environment().isEmpty()) {
            b.environment(s.environment());
        }
        if (s.maxRetries() != null) {
            b.retryStrategy(r -> r.maximumRetryAttempts(s.maxRetries()));
        }
        if (s.keepAliveSeconds() != null || s.volumeKmsKey() != null) {
            b.resourceConfig(built.resourceConfig().toBuilder().keepAlivePeriodInSeconds(s.keepAliveSeconds())
                    .volumeKmsKeyId(s.volumeKmsKey()).build());
        }
        if (s.outputKmsKey() != null) {
            b.outputDataConfig(built.outputDataConfig().toBuilder().kmsKeyId(s.outputKmsKey()).build());
        }
        if (!s.subnets().isEmpty()) {
            b.vpcConfig(v -> v.subnets(s.subnets()).securityGroupIds(s.securityGroups()));
        }
        if (s.networkIsolation()) {
            b.enableNetworkIsolation(true);
        }
        checkpoints(spec, jobRoot, b, notes);
        List<Channel> channels = distributed(s, built.inputDataConfig());
        if (s.networkIsolation() && built.hyperParameters().containsKey(SUBMIT_DIRECTORY)) {
            // the container cannot reach S3 itself: the archive comes in as a channel and the hyperparameter points there
            String archive = built.hyperParameters().get(SUBMIT_DIRECTORY).replace("\"", "");
            channels.add(Channel.builder().channelName("code").dataSource(d -> d.s3DataSource(x -> x.s3DataType(S3DataType.S3_PREFIX)
                    .s3Uri(archive).s3DataDistributionType(S3DataDistribution.FULLY_REPLICATED))).build());
            Map<String, String> hps = LaunchPlanner.copy(built.hyperParameters());
            hps.put(SUBMIT_DIRECTORY, "\"" + CODE_CHANNEL_ARCHIVE + "\"");
            b.hyperParameters(hps);
            notes.add("network isolation: the code comes in as the 'code' channel (" + CODE_CHANNEL_ARCHIVE + "), as the SDK sends it");
        }
        if (!channels.isEmpty()) {
            b.inputDataConfig(channels);
        }
        List<Tag> tags = new ArrayList<>(built.tags());
        s.tags().forEach((k, v) -> tags.add(Tag.builder().key(k).value(v).build()));
        if (tags.size() > JobSettingsRules.MAX_TAGS) {
            throw LaunchPlanner.invalid("--tag: %d tags with sagedeck's own %d; SageMaker takes at most %d on a job"
                    .formatted(s.tags().size(), built.tags().size(), JobSettingsRules.MAX_TAGS));
        }
        b.tags(tags);
        return b.build();
    }

    /** CheckpointConfig: a resumed job's prefix as given, else with managed spot the job's own; LocalPath always sent with it. */
    private static void checkpoints(LaunchSpec spec, S3Location jobRoot, CreateTrainingJobRequest.Builder b, List<String> notes) {
        String uri = spec.settings().checkpointUri();
        if (uri != null) {
            S3Location at = S3Location.parse(uri, "--resume-checkpoints");
            b.checkpointConfig(c -> c.s3Uri(at.uri()).localPath(JobSettings.CHECKPOINT_LOCAL_PATH));
            notes.add("checkpoints: resumes from " + at.uri() + " (" + JobSettings.CHECKPOINT_LOCAL_PATH
                    + " in the container); new checkpoints are written there too");
        } else if (spec.resources().managedSpot()) {
            S3Location at = defaultCheckpoints(jobRoot);
            b.checkpointConfig(c -> c.s3Uri(at.uri()).localPath(JobSettings.CHECKPOINT_LOCAL_PATH));
            notes.add("checkpoints: " + at.uri() + " (" + JobSettings.CHECKPOINT_LOCAL_PATH
                    + " in the container), so a spot interruption resumes instead of starting over");
        }
    }

    /** The channels with the chosen distribution; a distribution for a channel the job does not have is refused. */
    private static List<Channel> distributed(JobSettings s, List<Channel> channels) {
        List<String> names = channels.stream().map(Channel::channelName).toList();
        for (String named : s.distribution().keySet()) {
            if (!names.contains(named)) {
                throw LaunchPlanner.invalid("--data-distribution %s=...: this job has no channel '%s'; its channels: %s"
                        .formatted(named, named, names.isEmpty() ? "(none)" : String.join(", ", names)));
            }
        }
        List<Channel> out = new ArrayList<>();
        for (Channel c : channels) {
            String d = s.distributionOf(c.channelName());
            out.add(c.dataSource() == null || c.dataSource().s3DataSource() == null ? c : c.toBuilder()
                    .dataSource(c.dataSource().toBuilder().s3DataSource(c.dataSource().s3DataSource().toBuilder()
                            .s3DataDistributionType(d).build()).build()).build());
        }
        return out;
    }
}
