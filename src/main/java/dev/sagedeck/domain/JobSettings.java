package dev.sagedeck.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a CreateTrainingJob can carry beyond data, code and instances: {@code Environment}, extra
 * tags (never the owner tag), {@code RetryStrategy}, the warm pool's keep-alive, {@code VpcConfig},
 * the volume and output KMS keys, network isolation, {@code CheckpointConfig} and each channel's
 * {@code S3DataDistributionType}. Null or empty is "not sent": SageMaker's own default.
 *
 * <p>{@code checkpointUri} is null for the default (with managed spot, {@code <output>/<job>/checkpoints/});
 * a launch that resumes an interrupted spot job sets it to that job's checkpoint prefix.
 * {@code checkpointLocalPath} is what a described job reports. {@code distribution} maps a channel
 * name to {@code FullyReplicated} or {@code ShardedByS3Key}.
 */
public record JobSettings(
        Map<String, String> environment,
        Map<String, String> tags,
        Integer maxRetries,
        Integer keepAliveSeconds,
        List<String> subnets,
        List<String> securityGroups,
        String volumeKmsKey,
        String outputKmsKey,
        boolean networkIsolation,
        String checkpointUri,
        String checkpointLocalPath,
        Map<String, String> distribution) {

    /** Nothing beyond SageMaker's defaults. */
    public static final JobSettings NONE = new JobSettings(null, null, null, null, null, null, null, null, false, null, null, null);

    public static final String FULLY_REPLICATED = "FullyReplicated";
    public static final String SHARDED = "ShardedByS3Key";
    /** Where the container reads and writes checkpoints; the SageMaker default, sent explicitly as the SDK user would. */
    public static final String CHECKPOINT_LOCAL_PATH = "/opt/ml/checkpoints";

    public JobSettings {
        environment = ordered(environment);
        tags = ordered(tags);
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
        distribution = ordered(distribution);
    }

    private static Map<String, String> ordered(Map<String, String> m) {
        return m == null || m.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** How {@code channel} is distributed: FullyReplicated unless ShardedByS3Key was chosen. */
    public String distributionOf(String channel) {
        return distribution.getOrDefault(channel, FULLY_REPLICATED);
    }

    public JobSettings withCheckpointUri(String uri) {
        return new JobSettings(environment, tags, maxRetries, keepAliveSeconds, subnets, securityGroups, volumeKmsKey,
                outputKmsKey, networkIsolation, uri, checkpointLocalPath, distribution);
    }

    public JobSettings withDistribution(Map<String, String> d) {
        return new JobSettings(environment, tags, maxRetries, keepAliveSeconds, subnets, securityGroups, volumeKmsKey,
                outputKmsKey, networkIsolation, checkpointUri, checkpointLocalPath, d);
    }

    public JobSettings withTags(Map<String, String> t) {
        return new JobSettings(environment, t, maxRetries, keepAliveSeconds, subnets, securityGroups, volumeKmsKey,
                outputKmsKey, networkIsolation, checkpointUri, checkpointLocalPath, distribution);
    }

    /**
     * What a clone of a job with these settings carries over: everything but sagedeck's own tags (set
     * again at launch), AWS's reserved ones, the owner tag ({@code ownerTagKey}: the clone is yours),
     * and the checkpoint prefix (a clone writes its own unless asked to resume: {@link #withCheckpointUri}).
     */
    public JobSettings forClone(String ownerTagKey) {
        Map<String, String> kept = new LinkedHashMap<>();
        tags.forEach((k, v) -> {
            if (!k.equals(ownerTagKey) && !k.startsWith(RunTags.PREFIX) && !k.startsWith("aws:")) {
                kept.put(k, v);
            }
        });
        return new JobSettings(environment, kept, maxRetries, keepAliveSeconds, subnets, securityGroups, volumeKmsKey,
                outputKmsKey, networkIsolation, null, null, distribution);
    }
}
