package dev.sagedeck.domain;

/**
 * Whether sagedeck can talk to AWS and how: the region, profile, credential source and endpoint
 * override in use, or, when not configured, one line saying what is missing.
 */
public record AwsStatus(boolean configured, String region, String profile, String credentials, String endpoint,
        String problem) {

    /** AWS is usable with these settings. */
    public static AwsStatus configured(String region, String profile, String credentials, String endpoint) {
        return new AwsStatus(true, region, profile, credentials, endpoint, null);
    }

    /** AWS is not usable; {@code problem} says why in one line. */
    public static AwsStatus notConfigured(String problem) {
        return new AwsStatus(false, null, null, null, null, problem);
    }
}
