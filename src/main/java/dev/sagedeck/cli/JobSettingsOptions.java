package dev.sagedeck.cli;

import dev.sagedeck.domain.JobSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code launch}'s options for what else a CreateTrainingJob carries: environment, extra tags,
 * retries, warm pool, VPC, KMS keys, network isolation and each channel's distribution. Limits are
 * checked by {@link dev.sagedeck.domain.JobSettingsRules} (the planner asks the same rule).
 */
public final class JobSettingsOptions {
    @Option(names = "--env", paramLabel = "KEY=VALUE", description = "An environment variable for the training container (Environment); repeat for more.")
    List<String> env = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "An extra tag on the job; repeat for more (the owner tag is always yours).")
    List<String> tag = new ArrayList<>();

    @Option(names = "--max-retries", paramLabel = "N", description = "Retry the job up to N times (1-30) after an internal SageMaker error (RetryStrategy).")
    Integer maxRetries;

    @Option(names = "--keep-alive", paramLabel = "SECONDS", description = "Keep the instances in a warm pool this long after the job (0-21600; billed while kept).")
    Integer keepAlive;

    @Option(names = "--subnets", paramLabel = "ID", split = ",", description = "VPC subnets (with --security-groups).")
    List<String> subnets = new ArrayList<>();

    @Option(names = "--security-groups", paramLabel = "ID", split = ",", description = "VPC security groups (with --subnets).")
    List<String> securityGroups = new ArrayList<>();

    @Option(names = "--volume-kms-key", paramLabel = "KEY", description = "KMS key that encrypts the instances' storage volume.")
    String volumeKmsKey;

    @Option(names = "--output-kms-key", paramLabel = "KEY", description = "KMS key that encrypts the model and output in S3.")
    String outputKmsKey;

    @Option(names = "--network-isolation", negatable = true, description = "No network access from the training container (a script's code comes in as the 'code' channel).")
    boolean networkIsolation;

    @Option(names = "--data-distribution", paramLabel = "CHANNEL=TYPE", description = "How a channel reaches several instances: FullyReplicated "
            + "(each gets all, the default) or ShardedByS3Key (each a share; sagedeck splits a local CSV into one shard per instance).")
    List<String> distribution = new ArrayList<>();

    /** The settings as given; IllegalArgumentException naming the flag for a value without '='. */
    JobSettings settings() {
        return new JobSettings(pairs("--env", env), pairs("--tag", tag), maxRetries, keepAlive, subnets, securityGroups,
                volumeKmsKey, outputKmsKey, networkIsolation, null, null, distribution());
    }

    private Map<String, String> distribution() {
        Map<String, String> out = new LinkedHashMap<>();
        pairs("--data-distribution", distribution).forEach((channel, type) -> out.put(channel, canonical(type)));
        return out;
    }

    /** "sharded" and "shardedbys3key" are ShardedByS3Key, "replicated" and "fullyreplicated" FullyReplicated; others as typed. */
    static String canonical(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.equals("sharded") || t.equals("shardedbys3key")) {
            return JobSettings.SHARDED;
        }
        if (t.equals("replicated") || t.equals("fullyreplicated")) {
            return JobSettings.FULLY_REPLICATED;
        }
        return type;
    }

    static Map<String, String> pairs(String flag, List<String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String g : given) {
            int eq = g.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("%s %s: give KEY=VALUE".formatted(flag, g));
            }
            String key = g.substring(0, eq);
            if (out.containsKey(key)) {
                throw new IllegalArgumentException("%s %s is given twice; give each once".formatted(flag, key));
            }
            out.put(key, g.substring(eq + 1));
        }
        return out;
    }
}
