package dev.sagedeck.cli;

import static dev.sagedeck.local.LocalJobsFixture.script;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.port.Preflight;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateAndCheckCommandTest {
    @TempDir
    Path tmp;
    CliRun cli;
    Path data;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(tmp.resolve("home"));
        data = LocalJobsFixture.csv(tmp);
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(cli.localJobs());
    }

    @Test
    void evaluate_badInput_isExit2_namingWhatIsWrong() {
        assertThat(cli.run("train", "--script", script("fail_train.py").toString(), "--name", "alice-nomodel-1", "--wait").code())
                .isEqualTo(1);

        assertBad(cli.run("evaluate", "alice-nope-1", "--test", data.toString()), "'alice-nope-1'");
        assertBad(cli.run("evaluate", "alice-nomodel-1", "--test", tmp.resolve("gone.csv").toString()), "gone.csv");
        assertBad(cli.run("evaluate", "alice-nomodel-1", "--test", data.toString()), "alice-nomodel-1 has no model");
        assertBad(cli.run("evaluate", "alice-nomodel-1"), "--test");
    }

    @Test
    void evaluate_printsTheEvaluationsMetricsAndMatrix_forTheJob() {
        assertThat(cli.run("train", "--script", script("ok_train.py").toString(), "--name", "alice-model-1", "--wait").code())
                .isZero();
        String[] seen = new String[1];
        ModelEvaluation evaluation = (job, csv) -> {
            seen[0] = job;
            return new ModelEvaluation.Scores(3, Map.of("accuracy", 2.0 / 3), List.of(List.of(1L, 0L), List.of(1L, 1L)));
        };
        CommandLine cl = new CommandLine(new EvaluateCommand(cli.wiring(), jobs -> evaluation));

        CliRun.Result r = CliRun.run(cl, "alice-model-1", "--test", data.toString(), "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(seen[0]).isEqualTo("alice-model-1");
        JsonNode j = r.json();
        assertThat(j.get("rows").asInt()).isEqualTo(3);
        assertThat(j.get("metrics").get("accuracy").asDouble()).isEqualTo(2.0 / 3);
        assertThat(j.get("confusionMatrix").get(1).get(1).asInt()).isEqualTo(1);
    }

    @Test
    void check_badInput_isExit2() {
        assertBad(cli.run("check"), "--sample titanic or --train FILE");
        assertBad(cli.run("check", "--train", tmp.resolve("gone.csv").toString()), "gone.csv");
        assertBad(cli.run("check", "--sample", "penguins"), "unknown sample 'penguins'");
        assertBad(cli.run("check", "--train", data.toString(), "--max_depth"), "'--max_depth' needs a value");
    }

    @Test
    void check_printsEachVerdict_andAFailIsExit1() {
        Preflight checks = (d, hps) -> List.of(
                new CheckResult("data loads", CheckResult.Verdict.PASS, "3 rows, 2 columns; no missing values"),
                new CheckResult("overfits 100 rows", CheckResult.Verdict.FAIL, "train accuracy 0.67 < 0.95 (max_depth=" + hps.get("max_depth") + ")"));

        CliRun.Result r = CliRun.run(new CommandLine(new CheckCommand(cli.wiring(), checks)),
                "--train", data.toString(), "--label", "label", "--max_depth", "1");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("PASS  data loads").contains("FAIL  overfits 100 rows").contains("max_depth=1");
    }

    /** Needs the engine branch (trainer, evaluator, sample); passes once it is merged and wired. */
    @Test
    void sampleRun_thenEvaluateOnItsTestFile_reachesTheLessonsAccuracy() {
        CliRun.Result train = cli.run("train", "--sample", "titanic", "--name", "alice-titanic-1", "--wait", "--json");
        assertThat(train.code()).as(train.toString()).isZero();
        Path testFile = Path.of(train.json().get("jobDir").asText(), "input/data/test/titanic_test.csv");

        CliRun.Result r = cli.run("evaluate", "alice-titanic-1", "--test", testFile.toString(), "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.json().get("metrics").get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.78);
    }

    /** Needs the engine branch's pre-flight checks and sample; passes once it is merged and wired. */
    @Test
    void checkSample_json_listsVerdicts() {
        CliRun.Result r = cli.run("check", "--sample", "titanic", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.json()).isNotEmpty();
        assertThat(r.json()).allSatisfy(c -> assertThat(c.get("verdict").asText()).isIn("PASS", "WARN", "FAIL"));
    }

    private static void assertBad(CliRun.Result r, String fragment) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains(fragment);
    }
}
