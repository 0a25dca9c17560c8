package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.ScreenHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real local search (its process, its configurations' records and logs on disk) in the dashboard's
 * list: one row, its configurations folded under it; and an owner tag on its record decides whose it is.
 */
class LocalSearchRowsTest {
    @TempDir
    Path tmp;
    CliRun alice;
    LocalTrainingJobs jobs;
    String search;

    @BeforeEach
    void searchOfThree() {
        alice = new CliRun(tmp.resolve("home"));
        jobs = alice.localJobs();
        CliRun.Result r = alice.run("tune", "--local", "--sample", "titanic", "--range", "max_depth=2:4", "--max-jobs", "3",
                "--max-parallel", "1", "--wait", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        search = r.json().path("name").asText();
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(jobs);
    }

    ScreenHarness dashboard() {
        return ScreenHarness.start(240, 30, jobs, ScreenHarness.session("alice", false),
                new Services(null, null, null).withSearches(List.of(jobs.searches())));
    }

    @Test
    void mySearch_isOneRow_whoseThreeConfigurationsShowUnderIt_onRight() {
        try (ScreenHarness h = dashboard()) {
            assertThat(h.text()).contains("[+] " + search).contains("3 done of 3").contains("My jobs (1)")
                    .doesNotContainPattern("(?m)^\\|\\s+(! )?" + java.util.regex.Pattern.quote(search) + "-0"); // no configuration's row

            h.press("g<Right>");

            int row = h.row("[-] " + search);
            for (int i = 1; i <= 3; i++) {
                assertThat(h.line(row + i)).containsPattern("\\|     (! )?" + java.util.regex.Pattern.quote(search) + "-0").contains("Completed");
            }
            h.press("/status:comp<Enter>");
            assertThat(h.text()).contains("[-] " + search).containsPattern("\\|     (! )?" + java.util.regex.Pattern.quote(search) + "-0");
        }
    }

    @Test
    void anOwnerTagSayingBob_onMySearchsRecord_makesItBobs_andItsConfigurationsAreOrdinaryRows() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path record;
        try (Stream<Path> files = Files.walk(tmp.resolve("home"))) {
            record = files.filter(p -> p.getFileName().toString().equals("job.json") && p.getParent().getFileName().toString().equals(search))
                    .findFirst().orElseThrow();
        }
        ObjectNode r = (ObjectNode) json.readTree(record.toFile());
        ((ObjectNode) r.get("tags")).put("owner", "bob");
        json.writeValue(record.toFile(), r);

        try (ScreenHarness h = dashboard()) {
            // the one ownership rule: the owner tag says more than the recorded owner, for a search as for any job
            assertThat(h.text()).doesNotContain("[+] " + search).contains(search + "-0").contains("My jobs (3)");
            h.press("a");
            assertThat(h.line(h.row("[+] " + search))).contains("bob");
        }
    }
}
