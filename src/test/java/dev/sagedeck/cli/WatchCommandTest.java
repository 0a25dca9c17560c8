package dev.sagedeck.cli;

import static dev.sagedeck.local.LocalJobsFixture.script;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sagedeck watch} on real local runs: one line per end, the worst exit code, bad input. */
class WatchCommandTest {
    @TempDir
    Path tmp;
    CliRun cli;
    LocalTrainingJobs jobs;

    @BeforeEach
    void setUp() {
        cli = new CliRun(tmp.resolve("home"));
        jobs = cli.localJobs();
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(jobs);
    }

    @Test
    void watchJson_printsOneLinePerEnd_andExits1WhenAnyFailed() throws IOException {
        assertThat(cli.run("train", "--script", script("ok_train.py").toString(), "--name", "alice-ok-1").code()).isZero();
        assertThat(cli.run("train", "--script", script("fail_train.py").toString(), "--name", "alice-bad-1").code()).isZero();

        CliRun.Result r = cli.run("watch", "alice-ok-1", "alice-bad-1", "--json", "--interval", "0.1", "--local-only");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.out().split("\n")) {
            lines.add(new ObjectMapper().readTree(l));
        }
        assertThat(lines).extracting(n -> n.path("job").asText() + " " + n.path("signal").asText())
                .containsExactlyInAnyOrder("alice-ok-1 completed", "alice-bad-1 failed");
        assertThat(lines).filteredOn(n -> n.path("signal").asText().equals("failed")).singleElement()
                .satisfies(n -> assertThat(n.path("title").asText()).startsWith("Failed: ").doesNotContain("\n"));
    }

    @Test
    void watch_ofACompletedRun_printsOneLineAndExits0_soItChainsInAScript() {
        assertThat(cli.run("train", "--script", script("ok_train.py").toString(), "--name", "alice-ok-2", "--wait").code()).isZero();

        CliRun.Result r = cli.run("watch", "alice-ok-2", "--interval", "0.1", "--local-only");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines()).singleElement().satisfies(l -> assertThat(l).endsWith("alice-ok-2: Completed"));
    }

    @Test
    void watch_withNothingToWatch_orAnUnknownJob_isExit2() {
        CliRun.Result none = cli.run("watch", "--local-only");
        CliRun.Result unknown = cli.run("watch", "alice-nope", "--local-only", "--interval", "0.1");

        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--all-mine");
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.err()).contains("alice-nope");
    }

    @Test
    void aBadBudgetInTheConfigIsExit2NamingTheKey() throws IOException {
        java.nio.file.Files.createDirectories(tmp.resolve("home"));
        java.nio.file.Files.writeString(tmp.resolve("home").resolve("config.properties"), "budget.job=lots\n");

        CliRun.Result r = cli.run("watch", "--all-mine", "--local-only");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("budget.job=lots is not a number");
    }
}
