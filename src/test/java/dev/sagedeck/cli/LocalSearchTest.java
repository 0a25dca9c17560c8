package dev.sagedeck.cli;

import static dev.sagedeck.local.LocalJobsFixture.await;
import static dev.sagedeck.local.LocalJobsFixture.awaitLog;
import static dev.sagedeck.local.LocalJobsFixture.log;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local search end to end on the bundled sample: real search process, real child jobs, real files. */
class LocalSearchTest {
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

    @Test
    void eightConfigurationsOnTheSample_eachAJobOfItsOwn_readOnce_andRankedBestFirst() {
        CliRun.Result r = alice.run("tune", "--local", "--sample", "titanic", "--range", "max_depth=2:6", "--range", "eta=0.05:0.3",
                "--max-jobs", "8", "--max-parallel", "2", "--wait", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode search = r.json();
        String name = search.path("name").asText();
        assertThat(search.path("status").asText()).isEqualTo("Completed");
        assertThat(search.path("counters").path("completed").asInt()).isEqualTo(8);
        JsonNode rows = search.path("configurations");
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).path("best").asBoolean()).isTrue();
        assertThat(search.path("bestJob").asText()).isEqualTo(rows.get(0).path("name").asText());
        List<Double> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.path("objective").asDouble()));
        assertThat(values).isSorted(); // validation:logloss: lower is better, best first
        assertThat(search.path("note").asText()).contains("at once (asked 2;").contains("cores");

        for (JsonNode row : rows) {
            String child = row.path("name").asText();
            assertThat(child).startsWith(name + "-0");
            JsonNode d = alice.run("describe", child, "--json").json();
            assertThat(d.path("status").asText()).isEqualTo("Completed");
            assertThat(Integer.parseInt(d.path("hyperParameters").path("max_depth").asText())).isBetween(2, 6);
            assertThat(d.path("hyperParameters").path("max_depth").asText()).isEqualTo(row.path("hyperParameters").path("max_depth").asText());
            assertThat(Path.of(d.path("modelLocation").asText())).exists();
            assertThat(log(jobs, child)).contains("read and prepared once by the search").contains("Accuracy");
        }
        // the training file is read once, by the search, not once per configuration
        String searchLog = log(jobs, name);
        assertThat(searchLog.lines().filter(l -> l.startsWith("Reading ") && l.contains("titanic_train.csv"))).hasSize(1);
        assertThat(searchLog).contains("Search completed; 8 of 8 configurations ran: 8 completed");

        JsonNode listed = alice.run("jobs", "--local-only", "--json").json();
        List<String> names = new ArrayList<>();
        listed.forEach(j -> names.add(j.path("name").asText()));
        assertThat(names).contains(name).contains(rows.get(7).path("name").asText());
        CliRun.Result text = alice.run("describe", name);
        assertThat(text.out()).contains("Configurations, best first (* best):").contains("* " + rows.get(0).path("name").asText());
    }

    @Test
    void tuneWait_printsTheConfigurationsTable_withItsColumnsLinedUp_whateverTheNamesLength() {
        CliRun.Result r = alice.run("tune", "--local", "--sample", "titanic", "--name", "alice-a-search-named-at-rather-great-length",
                "--strategy", "grid", "--values", "max_depth=2,3", "--max-parallel", "1", "--wait");

        assertThat(r.code()).as(r.toString()).isZero();
        List<String> out = r.out().lines().toList();
        List<String> table = out.subList(out.indexOf("Configurations, best first (* best):") + 1, out.size());
        assertThat(table).hasSize(3);
        String head = table.get(0);
        int status = head.indexOf("STATUS");
        int objective = head.indexOf("OBJECTIVE");
        int depth = head.indexOf("max_depth");
        for (String row : table.subList(1, 3)) {
            assertThat(row).contains("alice-a-search-named-at-rather-great-length-00");
            assertThat(row.substring(status - 2, status)).as(row).isEqualTo("  ");
            assertThat(row.substring(status)).as(row).startsWith("Completed ");
            assertThat(row.substring(objective)).as(row).matches("0\\.\\d{4} +[23]");
            assertThat(row.substring(depth)).as(row).matches("[23]");
        }
    }

    @Test
    void stoppingTheSearchMidWay_stopsItsRunningConfiguration_whichSavesItsModel_andStartsNoOther() {
        CliRun.Result r = alice.run("tune", "--local", "--sample", "titanic", "--range", "max_depth=2:6", "--max-jobs", "4",
                "--max-parallel", "1", "--num_round", "1000000", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        String name = r.json().path("name").asText();
        String first = name + "-001";
        await(jobs, name, j -> jobs.store().exists(first), "the first configuration to start");
        awaitLog(jobs, first, "[20]");

        CliRun.Result stop = alice.run("stop", name, "--yes", "--json");

        assertThat(stop.code()).as(stop.toString()).isZero();
        await(jobs, name, j -> JobStatus.STOPPED.equals(j.status()), "the search to end Stopped");
        assertThat(jobs.describe(first).status()).isEqualTo(JobStatus.STOPPED);
        assertThat(Path.of(jobs.describe(first).modelLocation())).exists();
        assertThat(log(jobs, first)).contains("model so far saved");
        assertThat(jobs.store().exists(name + "-002")).isFalse();
        assertThat(log(jobs, name)).contains("Search stopped; 1 of 4 configurations ran");
    }

    @Test
    void withEarlyStopping_aConfigurationWorseThanTheMedianOfTheEarlierOnes_isStoppedEarly_andShownSo() {
        CliRun.Result r = alice.run("tune", "--local", "--sample", "titanic", "--strategy", "grid", "--values", "eta=0.3,0.25,0.2,0.01",
                "--max-parallel", "1", "--early-stopping", "auto", "--wait", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode search = r.json();
        assertThat(search.path("counters").path("stoppedEarly").asInt()).isEqualTo(1);
        assertThat(search.path("counters").path("completed").asInt()).isEqualTo(3);
        JsonNode slow = null;
        for (JsonNode row : search.path("configurations")) {
            if (row.path("hyperParameters").path("eta").asText().equals("0.01")) slow = row;
        }
        assertThat(slow).isNotNull();
        assertThat(slow.path("status").asText()).isEqualTo("Stopped");
        assertThat(slow.path("best").asBoolean()).isFalse();
        assertThat(slow.path("stoppedEarly").asText()).startsWith("round 5: validation:logloss ").contains("worse than the median");
        String child = slow.path("name").asText();
        assertThat(alice.run("describe", child, "--json").json().path("status").asText()).isEqualTo("Stopped");
        assertThat(Files.exists(Path.of(jobs.describe(child).modelLocation()))).isTrue();
        assertThat(alice.run("describe", search.path("name").asText()).out()).contains("StoppedEarly");
    }
}
