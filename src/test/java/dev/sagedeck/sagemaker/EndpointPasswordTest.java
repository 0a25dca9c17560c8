package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.Wiring;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.cli.GlobalOptions;
import dev.sagedeck.domain.UrlCredentials;
import dev.sagedeck.testing.ScriptedAws;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --endpoint-url http://user:pass@host}: the password is never shown, in any message, header or file. */
class EndpointPasswordTest {
    static final String SECRET = "s3cr3t-pw";

    @TempDir
    Path home;

    static String withPassword(URI endpoint) {
        return endpoint.getScheme() + "://alice:" + SECRET + "@" + endpoint.getHost() + ":" + endpoint.getPort();
    }

    @Test
    void hide_replacesUserInfoOnly_inAnyText() {
        assertThat(UrlCredentials.hide("to http://u:p@h:5000/x and https://tok@example.com?a=b@c"))
                .isEqualTo("to http://***@h:5000/x and https://***@example.com?a=b@c");
        assertThat(UrlCredentials.hide("mail bob@example.com, http://127.0.0.1:5000")).isEqualTo("mail bob@example.com, http://127.0.0.1:5000");
        assertThat(UrlCredentials.hide(null)).isNull();
    }

    @Test
    void unreachableEndpointWithPassword_everyMessageHidesIt() throws IOException {
        Path state = Files.createDirectories(home.resolve("state"));
        Map<String, String> env = AwsTestSupport.cliEnv(home, state, ScriptedAws.refusingEndpoint());
        Files.writeString(state.resolve("config.properties"), "aws.timeout.call=3\naws.retry.attempts=1\n");
        String url = withPassword(ScriptedAws.refusingEndpoint());

        for (String[] args : new String[][] {
                {"jobs", "--endpoint-url", url},
                {"describe", "alice-xgb-1", "--endpoint-url", url},
                {"stop", "alice-xgb-1", "--yes", "--endpoint-url", url},
                {"logs", "alice-xgb-1", "--endpoint-url", url}}) {
            CliRun.Result r = CliRun.run(env, args);

            assertThat(r.out() + r.err()).as(String.join(" ", args) + ": " + r).doesNotContain(SECRET).contains("***@");
        }
        String audit = Files.exists(state.resolve("audit.log")) ? Files.readString(state.resolve("audit.log")) : "";
        assertThat(audit).as("audit.log").doesNotContain(SECRET);
    }

    @Test
    void theDashboardHeaderAndTheLaunchDryRun_hideIt() throws IOException {
        try (ScriptedAws aws = ScriptedAws.start()) {
            Path state = Files.createDirectories(home.resolve("state"));
            Map<String, String> env = AwsTestSupport.cliEnv(home, state, aws.endpoint());
            env = new java.util.HashMap<>(env);
            env.put("AWS_ENDPOINT_URL", withPassword(aws.endpoint()));
            GlobalOptions o = new GlobalOptions();

            String header = new Wiring(env).aws(o).status().endpoint();

            assertThat(header).isEqualTo("http://***@" + aws.endpoint().getHost() + ":" + aws.endpoint().getPort());
            Path train = Files.writeString(home.resolve("train.csv"), "Survived,Age\n1,22\n0,38\n");
            CliRun.Result dry = CliRun.run(env, "launch", "--train", train.toString(), "--output", "s3://alice-bucket/runs",
                    "--role", "arn:aws:iam::123456789012:role/SageMakerRole", "--dry-run", "--label", "Survived");
            assertThat(dry.out()).as(dry.toString()).contains("CreateTrainingJob");
            assertThat(dry.out() + dry.err()).as(dry.toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void anEndpointThatIsNotAUrl_isRefusedWithoutShowingThePassword() throws IOException {
        Path state = Files.createDirectories(home.resolve("state"));
        Map<String, String> env = AwsTestSupport.cliEnv(home, state, ScriptedAws.refusingEndpoint());

        CliRun.Result r = CliRun.run(env, "jobs", "--endpoint-url", "http://alice:" + SECRET + "@");

        assertThat(r.out() + r.err()).as(r.toString()).doesNotContain(SECRET).contains("***@");
    }
}
