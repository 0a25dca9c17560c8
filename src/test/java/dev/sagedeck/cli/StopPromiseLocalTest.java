package dev.sagedeck.cli;

import static dev.sagedeck.local.LocalJobsFixture.script;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise on the real local backend: a run recorded as bob's is bob's whatever its name says,
 * in every view, and alice's stop refuses it; every attempt, whatever its end, is one audit line.
 */
class StopPromiseLocalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    CliRun alice;
    LocalTrainingJobs jobs;

    @BeforeEach
    void setUp() {
        alice = new CliRun(tmp.resolve("home"));
        jobs = alice.localJobs();
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(jobs);
    }

    private List<JsonNode> audit() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        Path log = tmp.resolve("home/audit.log");
        for (String line : Files.exists(log) ? Files.readAllLines(log) : List.<String>of()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(j -> out.add(j.path("name").asText()));
        return out;
    }

    @Test
    void runRecordedAsBobsButNamedAliceSpoof_isBobsInEveryView_andAlicesStopRefusesIt() throws IOException {
        CliRun bob = new CliRun(tmp.resolve("home")).with("SAGEDECK_OWNER", "bob");
        assertThat(bob.run("train", "--script", script("loop_train.py").toString(), "--name", "alice-spoof").code()).isZero();

        assertThat(names(alice.run("jobs", "--json").json())).doesNotContain("alice-spoof");
        JsonNode all = alice.run("jobs", "--all", "--json").json();
        assertThat(all).filteredOn(j -> j.path("name").asText().equals("alice-spoof")).singleElement()
                .satisfies(j -> assertThat(j.path("owner").asText()).isEqualTo("bob"));
        assertThat(alice.run("describe", "alice-spoof", "--json").json().path("owner").asText()).isEqualTo("bob");

        CliRun.Result r = alice.run("stop", "alice-spoof", "--yes", "--json");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.json().path("decision").asText()).isEqualTo("refused");
        assertThat(r.json().path("reason").asText()).isEqualTo("not mine (owner bob)");
        assertThat(jobs.describe("alice-spoof").status().isActive()).isTrue();
        assertThat(audit()).singleElement().satisfies(l -> {
            assertThat(l.path("job").asText()).isEqualTo("alice-spoof");
            assertThat(l.path("where").asText()).isEqualTo("local");
            assertThat(l.path("jobOwner").asText()).isEqualTo("bob");
        });
        jobs.stop("alice-spoof"); // bob's run ends here; once is enough (a second stop of an ended run is refused)
    }

    @Test
    void withNoOwnerConfigured_localRunsAreTheOsUsers_inTheRecordTheListAndTheStop() throws IOException {
        String me = System.getProperty("user.name");
        CliRun nobody = new CliRun(tmp.resolve("home")).with("SAGEDECK_OWNER", "");
        assertThat(nobody.run("train", "--script", script("loop_train.py").toString(), "--name", "exp-run-1").code()).isZero();

        assertThat(nobody.run("describe", "exp-run-1", "--json").json().path("owner").asText()).isEqualTo(me);
        assertThat(names(nobody.run("jobs", "--json").json())).contains("exp-run-1");
        CliRun.Result r = nobody.run("stop", "exp-run-1", "--yes", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.json().path("decision").asText()).isEqualTo("stopped");
        assertThat(audit()).singleElement().satisfies(l -> {
            assertThat(l.path("owner").asText()).isEqualTo(me);
            assertThat(l.path("osUser").asText()).isEqualTo(me);
        });
    }

    @Test
    void unreadableRecord_isAFailedAttemptOnRecord() throws IOException {
        Path dir = tmp.resolve("home/jobs/alice-broken-1");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("job.json"), "{ not json");

        CliRun.Result r = alice.run("stop", "alice-broken-1", "--yes", "--json");

        assertThat(r.code()).isNotZero();
        assertThat(audit()).singleElement().satisfies(l -> {
            assertThat(l.path("job").asText()).isEqualTo("alice-broken-1");
            assertThat(l.path("decision").asText()).isIn("failed", "refused");
            assertThat(l.path("reason").asText()).containsAnyOf("unreadable", "damaged", "Damaged", "unknown job");
        });
    }

    @Test
    void hostileName_isOneInertAuditLine() throws IOException {
        CliRun.Result r = alice.run("stop", "x\u001b]0;pwned\u0007\n{\"decision\":\"stopped\"}", "--yes");

        assertThat(r.code()).isNotZero();
        List<String> lines = Files.readAllLines(tmp.resolve("home/audit.log"));
        assertThat(lines).singleElement().satisfies(l -> assertThat(l).doesNotContain("\u001b", "\u0007"));
        assertThat(audit().get(0).path("decision").asText()).isEqualTo("refused");
        assertThat(audit().get(0).path("reason").asText()).isEqualTo("unknown job");
    }
}
