package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.cli.CliRun;
import dev.sagedeck.testing.ScriptedAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobs} when SageMaker cannot be reached but local jobs can: the list shows, the exit code tells a script it is incomplete. */
class JobsExitCodeTest {
    @TempDir
    Path home;
    private Map<String, String> env;

    @BeforeEach
    void unreachableSageMaker() throws IOException {
        Path state = Files.createDirectories(home.resolve("state"));
        Files.writeString(state.resolve("config.properties"), "aws.retry.attempts=1\naws.timeout.call=3\n");
        env = AwsTestSupport.cliEnv(home, state, ScriptedAws.refusingEndpoint());
    }

    @Test
    void aBackendFailed_exitIsNonZero_andStderrSaysWhich() {
        CliRun.Result table = CliRun.run(env, "jobs");
        CliRun.Result json = CliRun.run(env, "jobs", "--json");

        assertThat(table.code()).as(table.toString()).isEqualTo(1);
        assertThat(table.err()).contains("sagedeck: sagemaker failed, its jobs are not shown: ").contains("could not connect to")
                .contains("--partial-ok");
        assertThat(json.code()).as(json.toString()).isEqualTo(1);
        assertThat(json.out().strip()).as("the local answer is still printed").isEqualTo("[ ]");
    }

    @Test
    void partialOk_theOtherBackendAnswered_exit0_andTheFailureIsStillSaid() {
        CliRun.Result r = CliRun.run(env, "jobs", "--partial-ok", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().strip()).isEqualTo("[ ]");
        assertThat(r.err()).contains("sagedeck: sagemaker failed, its jobs are not shown: ").doesNotContain("--partial-ok");
    }
}
