package dev.sagedeck.sagemaker;

import java.util.Map;

/**
 * What the user told us about AWS: {@code --profile}, {@code --region}, {@code --endpoint-url}
 * (each may be null) and the environment as a map. The map, not the process environment, is read,
 * so tests stay hermetic and the composition root decides what the adapter sees.
 */
public record AwsOptions(String profile, String region, String endpointUrl, Map<String, String> env) {
    public AwsOptions {
        env = env == null ? Map.of() : Map.copyOf(env);
        profile = blankToNull(profile);
        region = blankToNull(region);
        endpointUrl = blankToNull(endpointUrl);
    }

    /** A variable from the environment map, or null when unset or blank. */
    String env(String name) {
        return blankToNull(env.get(name));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
