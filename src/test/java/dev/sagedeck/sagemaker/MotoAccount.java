package dev.sagedeck.sagemaker;

import dev.sagedeck.cli.CliRun;
import dev.sagedeck.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * moto_server as alice's AWS account, for the tests that drive sagedeck end to end against it
 * through the real SDK (the one set-up they share). Before each test: moto emptied, a bucket made
 * (the lesson's unless named), when asked the SageMaker execution role IAM lists (the wizard's
 * role check and its role choices read it), a fresh home with a state directory, and the
 * environment alice's shell would hold ({@link AwsTestSupport#cliEnv}: us-east-1, the endpoint,
 * owner alice). After it (and after the test's own {@code @AfterEach}): the S3 client closed and
 * the home removed. Use: {@code @RegisterExtension final MotoAccount moto = MotoAccount.withBucket();}
 */
final class MotoAccount implements BeforeEachCallback, AfterEachCallback {
    /** The role the wizard's checks find in IAM; its ARN is {@link LaunchSpecs#ROLE}. */
    static final String EXECUTION_ROLE = "AmazonSageMaker-ExecutionRole-Test";
    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private final String bucket;
    private final boolean executionRole;
    private final Map<String, String> env = new HashMap<>();
    private MotoS3 s3;
    private Path home;

    private MotoAccount(String bucket, boolean executionRole) {
        this.bucket = bucket;
        this.executionRole = executionRole;
    }

    /** moto with the lesson's bucket ({@link LaunchOnMotoTest#BUCKET}). */
    static MotoAccount withBucket() {
        return new MotoAccount(LaunchOnMotoTest.BUCKET, false);
    }

    /** moto with {@code bucket}. */
    static MotoAccount withBucket(String bucket) {
        return new MotoAccount(bucket, false);
    }

    /** moto with the lesson's bucket and the SageMaker execution role in IAM. */
    static MotoAccount withExecutionRole() {
        return new MotoAccount(LaunchOnMotoTest.BUCKET, true);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        MotoServer.reset();
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket(bucket);
        if (executionRole) {
            try (IamClient iam = IamClient.builder().endpointOverride(MotoServer.endpoint()).region(Region.AWS_GLOBAL)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                iam.createRole(b -> b.roleName(EXECUTION_ROLE).path("/service-role/").assumeRolePolicyDocument(TRUST));
            }
        }
        home = Files.createTempDirectory("sagedeck-moto-");
        env.clear();
        env.putAll(AwsTestSupport.cliEnv(home, Files.createDirectories(home.resolve("state")), MotoServer.endpoint()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        s3.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(MotoAccount::delete);
        } catch (IOException | java.io.UncheckedIOException e) {
            // a file vanished while walked: what is left stays in the temp dir (see delete)
        }
    }

    /** The environment the CLI and {@code Wiring} are given (a test may add to it). */
    Map<String, String> env() {
        return env;
    }

    MotoS3 s3() {
        return s3;
    }

    /** alice's home: {@code HOME}; {@code SAGEDECK_HOME} is its {@code state} directory. */
    Path home() {
        return home;
    }

    /** {@code sagedeck ARGS...} as alice types it. */
    CliRun.Result run(String... args) {
        return CliRun.run(env, args);
    }

    /** Best effort: a local job process killed by the test may still be writing as it dies; what it leaves stays in the temp dir. */
    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the OS's temp cleaning; the next test has its own home
        }
    }
}
