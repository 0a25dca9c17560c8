package dev.sagedeck.domain;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SageMaker's documented limits on {@link JobSettings}, one message per problem naming the
 * {@code launch} flag. Limits from the CreateTrainingJob service model (botocore 1.43.11
 * {@code sagemaker/2017-07-24/service-2.json}: TrainingEnvironmentMap/Key/Value, TagList/TagKey/TagValue,
 * MaximumRetryAttempts, KeepAlivePeriodInSeconds, Subnets/SubnetId, VpcSecurityGroupIds/SecurityGroupId,
 * KmsKeyId, S3DataDistribution). The CLI asks before anything is planned; the planner asks again
 * for every other way in (the wizard, a clone).
 */
public final class JobSettingsRules {
    static final int MAX_ENV = 100;
    static final int MAX_ENV_LENGTH = 512;
    /** Every tag of a job, sagedeck's own (owner, preset, data size...) included. */
    public static final int MAX_TAGS = 50;
    static final int MAX_RETRIES = 30;
    static final int MAX_KEEP_ALIVE = 21600;
    static final int MAX_SUBNETS = 16;
    static final int MAX_SECURITY_GROUPS = 5;
    static final int MAX_KMS_LENGTH = 2048;
    private static final Pattern ENV_KEY = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final Pattern VPC_ID = Pattern.compile("[-0-9a-zA-Z]{1,32}");
    private static final Pattern KMS = Pattern.compile("[a-zA-Z0-9:/_-]+");

    private JobSettingsRules() {}

    /** The first problem with {@code s} for a job owned through the tag {@code ownerTagKey}, or empty. */
    public static Optional<String> problem(JobSettings s, String ownerTagKey) {
        return firstOf(environment(s.environment()), tags(s.tags(), ownerTagKey), retries(s.maxRetries()),
                keepAlive(s.keepAliveSeconds()), vpc(s), kms("--volume-kms-key", s.volumeKmsKey()),
                kms("--output-kms-key", s.outputKmsKey()), distribution(s.distribution()));
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... checks) {
        for (Optional<String> c : checks) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    static Optional<String> environment(Map<String, String> env) {
        if (env.size() > MAX_ENV) {
            return Optional.of("--env: %d variables; SageMaker takes at most %d".formatted(env.size(), MAX_ENV));
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            String k = e.getKey();
            if (k.length() > MAX_ENV_LENGTH || !ENV_KEY.matcher(k).matches()) {
                return Optional.of(("--env %s: a variable name is a letter or _ then letters, digits or _ (at most %d "
                        + "characters)").formatted(quoted(k), MAX_ENV_LENGTH));
            }
            if (e.getValue().length() > MAX_ENV_LENGTH) {
                return Optional.of("--env %s: the value is %d characters; SageMaker takes at most %d"
                        .formatted(k, e.getValue().length(), MAX_ENV_LENGTH));
            }
        }
        return Optional.empty();
    }

    static Optional<String> tags(Map<String, String> tags, String ownerTagKey) {
        for (Map.Entry<String, String> e : tags.entrySet()) {
            String k = e.getKey();
            if (ownerTagKey != null && k.equals(ownerTagKey)) {
                return Optional.of(("--tag %s=...: '%s' is the owner tag, which sagedeck sets to your owner name so the job "
                        + "is found as yours (and only yours can stop it); it cannot be overridden. Use --owner or SAGEDECK_OWNER "
                        + "to launch as someone else").formatted(k, k));
            }
            if (k.startsWith(RunTags.PREFIX)) {
                return Optional.of("--tag %s: keys starting with %s are sagedeck's own (set at launch)".formatted(quoted(k), RunTags.PREFIX));
            }
            if (k.toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
                return Optional.of("--tag %s: the aws: prefix is reserved for AWS".formatted(quoted(k)));
            }
            if (k.isEmpty() || k.length() > 128 || !TAG_TEXT.matcher(k).matches()) {
                return Optional.of(("--tag %s: a tag key is 1 to 128 letters, digits, spaces or _ . : / = + - @")
                        .formatted(quoted(k)));
            }
            if (e.getValue().length() > 256 || !TAG_TEXT.matcher(e.getValue()).matches()) {
                return Optional.of(("--tag %s=%s: a tag value is at most 256 letters, digits, spaces or _ . : / = + - @")
                        .formatted(k, quoted(e.getValue())));
            }
        }
        return Optional.empty();
    }

    static Optional<String> retries(Integer n) {
        return n == null || (n >= 1 && n <= MAX_RETRIES) ? Optional.empty()
                : Optional.of("--max-retries %d: SageMaker retries a job 1 to %d times (leave it out for none)".formatted(n, MAX_RETRIES));
    }

    static Optional<String> keepAlive(Integer s) {
        return s == null || (s >= 0 && s <= MAX_KEEP_ALIVE) ? Optional.empty()
                : Optional.of("--keep-alive %d: a warm pool is kept 0 to %d seconds (6 hours)".formatted(s, MAX_KEEP_ALIVE));
    }

    static Optional<String> vpc(JobSettings s) {
        if (s.subnets().isEmpty() != s.securityGroups().isEmpty()) {
            return Optional.of(s.subnets().isEmpty()
                    ? "--security-groups needs --subnets too: a VPC configuration has both (the SageMaker Python SDK drops one alone silently)"
                    : "--subnets needs --security-groups too: a VPC configuration has both (the SageMaker Python SDK drops one alone silently)");
        }
        if (s.subnets().size() > MAX_SUBNETS) {
            return Optional.of("--subnets: %d subnets; SageMaker takes 1 to %d".formatted(s.subnets().size(), MAX_SUBNETS));
        }
        if (s.securityGroups().size() > MAX_SECURITY_GROUPS) {
            return Optional.of("--security-groups: %d groups; SageMaker takes 1 to %d".formatted(s.securityGroups().size(), MAX_SECURITY_GROUPS));
        }
        for (String id : s.subnets()) {
            if (!VPC_ID.matcher(id).matches()) {
                return Optional.of("--subnets %s: a subnet ID is letters, digits and -, at most 32 (subnet-0abc...)".formatted(quoted(id)));
            }
        }
        for (String id : s.securityGroups()) {
            if (!VPC_ID.matcher(id).matches()) {
                return Optional.of("--security-groups %s: a security group ID is letters, digits and -, at most 32 (sg-0abc...)"
                        .formatted(quoted(id)));
            }
        }
        return Optional.empty();
    }

    static Optional<String> kms(String flag, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return key.length() <= MAX_KMS_LENGTH && KMS.matcher(key).matches() ? Optional.empty()
                : Optional.of(("%s %s: a KMS key ID, ARN or alias (letters, digits and : / _ -, at most %d characters), "
                        + "e.g. arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab").formatted(flag, quoted(key), MAX_KMS_LENGTH));
    }

    static Optional<String> distribution(Map<String, String> d) {
        for (Map.Entry<String, String> e : d.entrySet()) {
            if (!e.getValue().equals(JobSettings.FULLY_REPLICATED) && !e.getValue().equals(JobSettings.SHARDED)) {
                return Optional.of("--data-distribution %s=%s: choose %s (every instance gets all the data) or %s (each instance a share)"
                        .formatted(e.getKey(), quoted(e.getValue()), JobSettings.FULLY_REPLICATED, JobSettings.SHARDED));
            }
        }
        return Optional.empty();
    }

    /** A user's text in a message: control characters as escapes, cut after 60 characters. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length() && i < 60; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return b.append(s.length() > 60 ? "...'" : "'").toString();
    }
}
