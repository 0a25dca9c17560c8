package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.testing.ScriptedAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise to people sharing an account, on SageMaker (scripted endpoint: InProgress jobs and
 * StopTrainingJob, which moto lacks): a job named like mine but tagged for a colleague is theirs in
 * every view, and no stop for it ever reaches AWS; every attempt leaves one audit line.
 */
class StopPromiseOnSageMakerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    private ScriptedAws aws;
    private final Map<String, String> env = new HashMap<>();
    private Path state;

    @BeforeEach
    void start() throws IOException {
        aws = ScriptedAws.start();
        aws.sageMaker().addJob("alice-x").tag("owner", "bob");
        aws.sageMaker().addJob("alice-mine-1").tag("owner", "alice");
        aws.sageMaker().addJob("alice-untagged-1");
        aws.sageMaker().addJob("alice-done-1").tag("owner", "alice").complete();
        state = home.resolve("state");
        Files.createDirectories(state);
        Files.writeString(state.resolve("config.properties"), "aws.budget.control-per-second=20\n"
                + "aws.budget.list-per-second=2\naws.timeout.call=10\naws.timeout.attempt=5\n");
        env.putAll(AwsTestSupport.cliEnv(home, state, aws.endpoint()));
    }

    @AfterEach
    void stop() {
        aws.close(); // fails the test if any StopTrainingJob reached a job not alice's or not running
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(env, args);
    }

    private List<JsonNode> audit() throws IOException {
        Path log = state.resolve("audit.log");
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not one JSON object per line: " + l, e);
            }
        }).toList();
    }

    @Test
    void jobNamedLikeMineButTaggedForBob_isBobsInEveryView_andStopYesRefusesWithoutCallingStop() throws IOException {
        CliRun.Result mine = run("jobs", "--json");
        assertThat(mine.code()).as(mine.err()).isZero();
        assertThat(mine.json().findParents("arn").stream().map(j -> j.path("name").asText()).toList()).containsExactlyInAnyOrder("alice-mine-1", "alice-untagged-1", "alice-done-1");

        CliRun.Result all = run("jobs", "--all", "--json");
        JsonNode spoofInList = null;
        for (JsonNode j : all.json()) {
            if (j.path("name").asText().equals("alice-x")) {
                spoofInList = j;
            }
        }
        assertThat(spoofInList).isNotNull();
        assertThat(spoofInList.path("owner").asText()).isEqualTo("bob");
        assertThat(run("describe", "alice-x", "--json").json().path("owner").asText()).isEqualTo("bob");
        assertThat(run("describe", "alice-x").out()).containsPattern("Owner:\\s+bob");

        CliRun.Result stop = run("stop", "alice-x", "--yes");

        assertThat(stop.code()).isEqualTo(2);
        assertThat(stop.err()).contains("alice-x belongs to bob. sagedeck only stops your own jobs.");
        assertThat(aws.count("SageMaker.StopTrainingJob")).isZero();
        assertThat(aws.sageMaker().job("alice-x").status()).isEqualTo("InProgress");
        assertThat(audit()).singleElement().satisfies(line -> {
            assertThat(line.path("job").asText()).isEqualTo("alice-x");
            assertThat(line.path("decision").asText()).isEqualTo("refused");
            assertThat(line.path("reason").asText()).isEqualTo("not mine (owner bob)");
            assertThat(line.path("jobOwner").asText()).isEqualTo("bob");
            assertThat(line.path("owner").asText()).isEqualTo("alice");
            assertThat(line.path("osUser").asText()).isEqualTo(System.getProperty("user.name"));
            assertThat(line.path("via").asText()).isEqualTo("cli");
            assertThat(line.path("where").asText()).isEqualTo("sagemaker");
            assertThat(line.path("caller").asText()).startsWith("arn:aws:sts::");
        });
    }

    @Test
    void stopJson_isOneObject_withJobWhereDecisionReason() {
        CliRun.Result r = run("stop", "alice-mine-1", "--yes", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode out = r.json();
        assertThat(out.path("job").asText()).isEqualTo("alice-mine-1");
        assertThat(out.path("where").asText()).isEqualTo("sagemaker");
        assertThat(out.path("decision").asText()).isEqualTo("stopped");
        assertThat(out.path("reason").asText()).isEqualTo("mine and running");
        assertThat(aws.count("SageMaker.StopTrainingJob")).isEqualTo(1);
    }

    @Test
    void everyRefusalOnTheCommandLine_leavesOneAuditLine_andNoStopCall() throws IOException {
        assertThat(run("stop", "alice-done-1", "--yes", "--json").json().path("reason").asText()).isEqualTo("not running (Completed)");
        assertThat(run("stop", "alice-nope-9", "--yes", "--json").json().path("reason").asText()).isEqualTo("unknown job");
        assertThat(run("stop", "alice-mine-1").code()).as("no terminal to ask, no --yes").isEqualTo(2);

        assertThat(aws.count("SageMaker.StopTrainingJob")).isZero();
        assertThat(audit()).extracting(l -> l.path("job").asText() + " " + l.path("decision").asText() + ": " + l.path("reason").asText())
                .containsExactly("alice-done-1 refused: not running (Completed)", "alice-nope-9 refused: unknown job",
                        "alice-mine-1 refused: no terminal to confirm");
    }

    @Test
    void tagsThatCannotBeRead_makeTheOwnerUnknown_andTheStopIsRefused() throws IOException {
        aws.faults().always("ListTags", 400, "AccessDeniedException", "not authorized to perform: sagemaker:ListTags");

        CliRun.Result r = run("stop", "alice-untagged-1", "--yes", "--json");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.json().path("reason").asText()).isEqualTo("owner unknown");
        assertThat(r.json().path("message").asText()).contains("Cannot tell whose job alice-untagged-1 is");
        assertThat(aws.count("SageMaker.StopTrainingJob")).isZero();
        assertThat(audit()).singleElement().satisfies(l -> assertThat(l.path("reason").asText()).isEqualTo("owner unknown"));
    }

    @Test
    void unreachableEndpoint_isAFailedAttemptOnRecord() throws IOException {
        env.put("AWS_ENDPOINT_URL", ScriptedAws.refusingEndpoint().toString());

        CliRun.Result r = run("stop", "alice-mine-1", "--yes");

        assertThat(r.code()).isNotZero();
        assertThat(audit()).singleElement().satisfies(line -> {
            assertThat(line.path("decision").asText()).isEqualTo("failed");
            assertThat(line.path("reason").asText()).startsWith("endpoint unreachable: ");
            assertThat(line.path("caller").isNull()).as("STS cannot answer either").isTrue();
        });
    }

    @Test
    void withNoOwnerConfigured_theOsUserIsMe_inTheListAndForTheStop() throws IOException {
        String me = System.getProperty("user.name");
        env.remove("SAGEDECK_OWNER");
        aws.sageMaker().stopsOnlyFor(me);
        aws.sageMaker().addJob(me + "-run-1");
        aws.sageMaker().addJob("exp-1").tag("owner", me);

        assertThat(run("jobs", "--json").json().findParents("arn").stream().map(j -> j.path("name").asText()).toList()).containsExactlyInAnyOrder(me + "-run-1", "exp-1");
        CliRun.Result refused = run("stop", "alice-mine-1", "--yes");
        assertThat(refused.err()).contains("alice-mine-1 belongs to alice");
        CliRun.Result stopped = run("stop", "exp-1", "--yes");

        assertThat(stopped.code()).as(stopped.err()).isZero();
        assertThat(aws.requests("SageMaker.StopTrainingJob")).singleElement()
                .satisfies(req -> assertThat(req.body().path("TrainingJobName").asText()).isEqualTo("exp-1"));
        assertThat(audit()).extracting(l -> l.path("owner").asText()).containsOnly(me);
    }

    @Test
    void dashboard_spoofedJobIsBobs_inTheAllList_theDetailPane_andTheStopKey() throws IOException {
        AwsConnection connection = AwsTestSupport.connect(aws.endpoint());
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        jobs.list(dev.sagedeck.domain.JobScope.MINE); // the SDK's first call is slow on a loaded machine: not the dashboard's
        try (ScreenHarness h = ScreenHarness.start(120, 35, jobs, "alice")) {
            assertThat(h.text()).contains("alice-mine-1").doesNotContain("alice-x ");
            h.press("a").press("/alice-x<Enter>");
            assertThat(h.text()).containsPattern("alice-x\\s+bob");
            assertThat(h.line(34)).as("the key bar offers no stop for bob's job").doesNotContain("S stop");
            h.press("S");
            assertThat(h.flat()).contains("alice-x belongs to bob").doesNotContain("[ Cancel ]");
            h.press("<Enter><Tab>"); // a running job opens on its log; Tab shows the details
            assertThat(h.text()).containsPattern("Owner\\s+bob");
            h.press("S");
            assertThat(aws.count("SageMaker.StopTrainingJob")).isZero();
            assertThat(h.audit()).hasSize(2).allSatisfy(e -> {
                assertThat(e.decision()).isEqualTo("refused");
                assertThat(e.reason()).isEqualTo("not mine (owner bob)");
                assertThat(e.via()).isEqualTo("dashboard");
            });
        } finally {
            connection.close();
        }
    }
}
