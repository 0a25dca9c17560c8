package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.Ownership;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Connections for tests: real SDK clients against a local endpoint, with short timeouts. */
public final class AwsTestSupport {
    private AwsTestSupport() {}

    /** Fails fast: a 10-second answer or a dead port ends a call within about two seconds. */
    static final AwsTuning FAST = new AwsTuning(Duration.ofMillis(2500), Duration.ofMillis(800),
            Duration.ofMillis(500), 3, Duration.ofMillis(5), Duration.ofMillis(10), 1000, 1000, 1000, Duration.ZERO);

    /**
     * For moto and for tests that are not about timeouts: a loaded CI machine (two shared cores)
     * can keep moto from answering within FAST's 800 ms, which fails tests that are about
     * something else. Fault tests keep FAST against the scripted endpoint.
     */
    static final AwsTuning PATIENT = new AwsTuning(Duration.ofSeconds(40), Duration.ofSeconds(15),
            Duration.ofSeconds(3), 3, Duration.ofMillis(5), Duration.ofMillis(10), 1000, 1000, 1000, Duration.ZERO);

    static final Ownership ALICE = Ownership.of("alice");

    static Map<String, String> credentials() {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        env.put("HOME", "/nonexistent-home-for-tests");
        return env;
    }

    /** What a user's shell would hold for sagedeck against a test endpoint: alice, us-east-1, no notebook instance. */
    public static Map<String, String> cliEnv(java.nio.file.Path home, java.nio.file.Path state, URI endpoint) {
        Map<String, String> env = credentials();
        env.put("HOME", home.toString());
        env.put("SAGEDECK_HOME", state.toString());
        env.put("SAGEDECK_OWNER", "alice");
        env.put("SAGEDECK_NOTEBOOK_METADATA", home.resolve("absent.json").toString());
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ENDPOINT_URL", endpoint.toString());
        return env;
    }

    /** A connection to {@code endpoint}: patient when it is moto, fast otherwise (see {@link #PATIENT}). */
    static AwsConnection connect(URI endpoint) {
        return connect(endpoint, tuningFor(endpoint));
    }

    static AwsTuning tuningFor(URI endpoint) {
        return dev.sagedeck.testing.MotoServer.isEndpoint(endpoint) ? PATIENT : FAST;
    }

    static AwsConnection connect(URI endpoint, AwsTuning tuning) {
        return AwsConnection.open(new AwsOptions(null, "us-east-1", endpoint.toString(), credentials()), tuning);
    }

    static SageMakerTrainingJobs jobs(AwsConnection aws) {
        return jobs(aws, MineListing.Plan.COMBINED, SageMakerTrainingJobs.DEFAULT_TAIL_LINES);
    }

    static SageMakerTrainingJobs jobs(AwsConnection aws, MineListing.Plan plan, int tailLines) {
        return new SageMakerTrainingJobs(aws, () -> ALICE, null, Clock.systemUTC(), plan, tailLines);
    }
}
