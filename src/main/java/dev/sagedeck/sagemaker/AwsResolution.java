package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.UrlCredentials;
import dev.sagedeck.domain.AwsStatus;
import dev.sagedeck.port.BackendException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Works out region, credentials and endpoints the way the AWS CLI and SDK do (flags, then
 * environment, then {@code ~/.aws} profile files, then the notebook instance) — but from the
 * environment MAP we are given, and up front: a missing region or missing credentials is reported
 * as one clear NOT_CONFIGURED line before any call is attempted.
 */
record AwsResolution(
        String region,
        String profile,
        AwsCredentialsProvider credentials,
        String credentialSource,
        Map<AwsService, URI> endpoints) {

    /** Profile keys that mean "this profile can produce credentials" (keys, roles, SSO, processes). */
    private static final List<String> CREDENTIAL_KEYS = List.of("aws_access_key_id", "role_arn",
            "credential_process", "sso_session", "sso_start_url", "web_identity_token_file", "credential_source",
            "login_session");

    static AwsResolution resolve(AwsOptions o, Optional<String> notebookRegion, boolean onNotebookInstance) {
        String profileName = first(o.profile(), o.env("AWS_PROFILE"), o.env("AWS_DEFAULT_PROFILE"), "default");
        ProfileFile files = profileFiles(o);
        Optional<Profile> profile = files.profile(profileName);
        if (o.profile() != null && profile.isEmpty()) {
            throw notConfigured("AWS profile '" + profileName + "' was not found in " + configFile(o) + " or "
                    + credentialsFile(o));
        }
        String region = first(o.region(), o.env("AWS_REGION"), o.env("AWS_DEFAULT_REGION"),
                profile.flatMap(p -> p.property("region")).orElse(null), notebookRegion.orElse(null));
        if (region == null) {
            throw notConfigured("no AWS region: pass --region, set AWS_REGION, or add region to profile '"
                    + profileName + "' in " + configFile(o));
        }
        AwsCredentialsProvider credentials;
        String source;
        String key = o.env("AWS_ACCESS_KEY_ID");
        String secret = o.env("AWS_SECRET_ACCESS_KEY");
        boolean profileHasCredentials = profile.isPresent()
                && CREDENTIAL_KEYS.stream().anyMatch(k -> profile.get().property(k).isPresent());
        if (key != null && secret != null && o.profile() == null) {
            String token = o.env("AWS_SESSION_TOKEN");
            credentials = StaticCredentialsProvider.create(token == null
                    ? AwsBasicCredentials.create(key, secret)
                    : AwsSessionCredentials.create(key, secret, token));
            source = "environment";
        } else if (profileHasCredentials) {
            credentials = ProfileCredentialsProvider.builder().profileFile(files).profileName(profileName).build();
            source = "profile " + profileName;
        } else if (o.env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != null
                || o.env("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null || o.env("AWS_WEB_IDENTITY_TOKEN_FILE") != null) {
            // Studio, ECS and EKS hand out credentials through these; the SDK's chain knows the protocols.
            credentials = DefaultCredentialsProvider.builder().build();
            source = "container role";
        } else if (onNotebookInstance) {
            credentials = InstanceProfileCredentialsProvider.builder().build();
            source = "notebook instance role";
        } else {
            throw notConfigured("no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pass "
                    + "--profile, or run 'aws configure'");
        }
        return new AwsResolution(region, profile.isPresent() ? profileName : null, credentials, source, endpoints(o));
    }

    /** The status line for the dashboard header and {@code sagedeck} diagnostics. */
    AwsStatus status() {
        URI any = endpoints.get(AwsService.SAGEMAKER);
        return AwsStatus.configured(region, profile, credentialSource, any == null ? null : UrlCredentials.hide(any.toString()));
    }

    /** {@code --endpoint-url}, else {@code AWS_ENDPOINT_URL_<SERVICE>}, else {@code AWS_ENDPOINT_URL}. */
    private static Map<AwsService, URI> endpoints(AwsOptions o) {
        Map<AwsService, URI> out = new EnumMap<>(AwsService.class);
        for (AwsService s : AwsService.values()) {
            String url = first(o.endpointUrl(), o.env(s.endpointVariable()), o.env("AWS_ENDPOINT_URL"));
            if (url != null) {
                out.put(s, endpoint(url, o.endpointUrl() != null ? "--endpoint-url" : s.endpointVariable()));
            }
        }
        return Map.copyOf(out);
    }

    private static URI endpoint(String url, String from) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new BackendException(BackendException.Kind.INVALID,
                    "endpoint '" + UrlCredentials.hide(url) + "' (" + from + ") is not a URL like http://127.0.0.1:5000");
        }
    }

    private static ProfileFile profileFiles(AwsOptions o) {
        ProfileFile.Aggregator all = ProfileFile.aggregator();
        Path config = configFile(o);
        Path creds = credentialsFile(o);
        if (Files.isReadable(config)) {
            all.addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build());
        }
        if (Files.isReadable(creds)) {
            all.addFile(ProfileFile.builder().content(creds).type(ProfileFile.Type.CREDENTIALS).build());
        }
        return all.build();
    }

    private static Path configFile(AwsOptions o) {
        String f = o.env("AWS_CONFIG_FILE");
        return f != null ? Path.of(f) : home(o).resolve(".aws/config");
    }

    private static Path credentialsFile(AwsOptions o) {
        String f = o.env("AWS_SHARED_CREDENTIALS_FILE");
        return f != null ? Path.of(f) : home(o).resolve(".aws/credentials");
    }

    /**
     * HOME from the map only: a map without it (a test's) must not pick up the real ~/.aws of
     * whoever runs the tests. The path below exists nowhere, so no profile is found.
     */
    private static Path home(AwsOptions o) {
        String h = o.env("HOME");
        return Path.of(h != null ? h : "/nonexistent-home-not-in-environment");
    }

    private static BackendException notConfigured(String message) {
        return new BackendException(BackendException.Kind.NOT_CONFIGURED, message);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
