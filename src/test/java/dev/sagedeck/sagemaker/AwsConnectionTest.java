package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.AwsStatus;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.testing.ScriptedAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding region, credentials and endpoints from flags, the environment map and ~/.aws files. */
class AwsConnectionTest {
    @TempDir
    Path home;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static BackendException failure(AwsOptions o) {
        try {
            AwsConnection.open(o, AwsTestSupport.FAST).close();
        } catch (BackendException e) {
            return e;
        }
        throw new AssertionError("expected NOT_CONFIGURED");
    }

    @Test
    void noRegionAnywhere_isOneClearLineSayingHowToSetIt() {
        BackendException e = failure(new AwsOptions(null, null, null,
                env("AWS_ACCESS_KEY_ID", "AKIA", "AWS_SECRET_ACCESS_KEY", "s")));

        assertThat(e.kind()).isEqualTo(Kind.NOT_CONFIGURED);
        assertThat(e.getMessage()).isEqualTo("no AWS region: pass --region, set AWS_REGION, or add region to profile "
                + "'default' in " + home.resolve(".aws/config"));
    }

    @Test
    void noCredentialsAnywhere_isOneClearLine_evenWhenTheProcessHasSome() {
        // surefire gives this JVM AWS_ACCESS_KEY_ID=testing; only the map we pass may count
        BackendException e = failure(new AwsOptions(null, "eu-west-1", null, env()));

        assertThat(e.kind()).isEqualTo(Kind.NOT_CONFIGURED);
        assertThat(e.getMessage()).isEqualTo("no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                + "pass --profile, or run 'aws configure'");
    }

    @Test
    void profileThatDoesNotExist_isNamed() {
        BackendException e = failure(new AwsOptions("research", null, null, env()));

        assertThat(e.getMessage()).startsWith("AWS profile 'research' was not found in " + home.resolve(".aws/config"));
    }

    @Test
    void profileFromAwsConfigFiles_givesRegionAndCredentials() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile research]\nregion = eu-central-1\n");
        Files.writeString(home.resolve(".aws/credentials"), "[research]\naws_access_key_id = AKIA\naws_secret_access_key = x\n");

        try (AwsConnection c = AwsConnection.open(new AwsOptions("research", null, null, env()), AwsTestSupport.FAST)) {
            AwsStatus s = c.status();
            assertThat(s.configured()).isTrue();
            assertThat(s.region()).isEqualTo("eu-central-1");
            assertThat(s.profile()).isEqualTo("research");
            assertThat(s.credentials()).isEqualTo("profile research");
        }
    }

    @Test
    void regionFlagBeatsEnvironmentWhichBeatsProfile() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = ap-south-1\n");
        Map<String, String> env = env("AWS_ACCESS_KEY_ID", "AKIA", "AWS_SECRET_ACCESS_KEY", "s", "AWS_REGION", "us-west-2");

        try (AwsConnection flag = AwsConnection.open(new AwsOptions(null, "eu-north-1", null, env), AwsTestSupport.FAST);
                AwsConnection fromEnv = AwsConnection.open(new AwsOptions(null, null, null, env), AwsTestSupport.FAST)) {
            assertThat(flag.region()).isEqualTo("eu-north-1");
            assertThat(fromEnv.region()).isEqualTo("us-west-2");
            assertThat(fromEnv.status().credentials()).isEqualTo("environment");
        }
    }

    @Test
    void onANotebookInstance_theRegionComesFromItsArnAndTheRoleGivesCredentials(@TempDir Path opt) throws IOException {
        Path meta = opt.resolve("resource-metadata.json");
        Files.writeString(meta, "{\"ResourceArn\":\"arn:aws:sagemaker:eu-west-3:111122223333:notebook-instance/lab\","
                + "\"ResourceName\":\"lab\"}");

        try (AwsConnection c = AwsConnection.open(new AwsOptions(null, null, null, env()), AwsTestSupport.FAST,
                NotebookMetadata.read(meta))) {
            assertThat(c.region()).isEqualTo("eu-west-3");
            assertThat(c.status().credentials()).isEqualTo("notebook instance role");
        }
    }

    @Test
    void serviceEndpointVariableBeatsTheGeneralOne_andTheFlagBeatsBoth() {
        try (ScriptedAws general = ScriptedAws.start(); ScriptedAws sageMakerOnly = ScriptedAws.start();
                ScriptedAws flagged = ScriptedAws.start()) {
            sageMakerOnly.sageMaker().addJob("alice-1");
            flagged.sageMaker().addJob("alice-1");
            Map<String, String> env = AwsTestSupport.credentials();
            env.put("AWS_ENDPOINT_URL", general.endpoint().toString());
            env.put("AWS_ENDPOINT_URL_SAGEMAKER", sageMakerOnly.endpoint().toString());

            try (AwsConnection c = AwsConnection.open(new AwsOptions(null, "us-east-1", null, env), AwsTestSupport.FAST)) {
                AwsTestSupport.jobs(c).describe("alice-1");
                new CallerIdentity(c).get();
            }
            try (AwsConnection c = AwsConnection.open(new AwsOptions(null, "us-east-1", flagged.endpoint().toString(), env),
                    AwsTestSupport.FAST)) {
                AwsTestSupport.jobs(c).describe("alice-1");
            }

            assertThat(sageMakerOnly.count("DescribeTrainingJob")).isEqualTo(1);
            assertThat(general.count("DescribeTrainingJob")).isZero();
            assertThat(general.count("STS.GetCallerIdentity")).as("STS has no own variable: the general one").isEqualTo(1);
            assertThat(flagged.count("DescribeTrainingJob")).isEqualTo(1);
        }
    }

    @Test
    void endpointThatIsNotAUrl_isRejectedNamingWhereItCameFrom() {
        Map<String, String> env = AwsTestSupport.credentials();
        env.put("AWS_ENDPOINT_URL_SAGEMAKER", "localhost:5000");

        BackendException e = failure(new AwsOptions(null, "us-east-1", null, env));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.getMessage()).isEqualTo("endpoint 'localhost:5000' (AWS_ENDPOINT_URL_SAGEMAKER) is not a URL like "
                + "http://127.0.0.1:5000");
    }
}
