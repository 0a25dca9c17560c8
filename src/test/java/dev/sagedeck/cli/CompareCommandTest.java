package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sagedeck compare}: two real local runs side by side, as text and as JSON; bad input says what is wrong. */
class CompareCommandTest {

    @Test
    void twoSampleRuns_differingOnlyInMaxDepth_showThatRowAndTheirTestAccuracy(@TempDir Path home) {
        CliRun cli = new CliRun(home).with("SAGEDECK_LOCAL_ONLY", "1");
        CliRun.Result a = cli.run("train", "--local-only", "--sample", "titanic", "--name", "alice-depth3", "--hp", "max_depth=3", "--wait");
        CliRun.Result b = cli.run("train", "--local-only", "--sample", "titanic", "--name", "alice-depth5", "--hp", "max_depth=5", "--wait");
        assertThat(a.code()).as(a.toString()).isZero();
        assertThat(b.code()).as(b.toString()).isZero();

        CliRun.Result text = cli.run("compare", "--local-only", "alice-depth3", "alice-depth5");
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out()).containsPattern("max_depth\\s+3\\s+5").contains("test accuracy").contains("rows are equal in every job")
                .doesNotContain("free (local)");

        CliRun.Result json = cli.run("compare", "--local-only", "--json", "alice-depth3", "alice-depth5");
        JsonNode root = json.json();
        assertThat(root.get("jobs").toString()).isEqualTo("[\"alice-depth3\",\"alice-depth5\"]");
        JsonNode depth = null;
        for (JsonNode row : root.get("rows")) {
            if (row.get("setting").asText().equals("max_depth")) {
                depth = row;
            }
        }
        assertThat(depth).isNotNull();
        assertThat(depth.get("differs").asBoolean()).isTrue();
        assertThat(depth.get("values").get("alice-depth5").asText()).isEqualTo("5");

        CliRun.Result all = cli.run("compare", "--local-only", "--json", "--all", "alice-depth3", "alice-depth5");
        JsonNode cost = null;
        for (JsonNode row : all.json().get("rows")) {
            if (row.get("setting").asText().equals("cost_usd")) {
                cost = row;
            }
        }
        assertThat(cost).as(all.out()).isNotNull();
        assertThat(cost.get("values").get("alice-depth3").isNumber()).as("cost is a number in JSON").isTrue();

        Path testFile = dev.sagedeck.data.Samples.extract("titanic", home).test();
        CliRun.Result scored = cli.run("compare", "--local-only", "--test", testFile.toString(), "--sort", "test accuracy",
                "alice-depth3", "alice-depth5");
        assertThat(scored.code()).as(scored.toString()).isZero();
        assertThat(scored.out()).containsPattern("test accuracy\\s+0\\.\\d+").contains("test auc").contains("Sorted by test accuracy")
                .doesNotContain("test:accuracy");
        assertThat(scored.out().lines().filter(l -> l.startsWith("test accuracy")).count()).as("one accuracy row").isEqualTo(1);
    }

    @Test
    void oneJob_orAJobTwice_orAnUnknownJob_isBadInput(@TempDir Path home) {
        CliRun cli = new CliRun(home);
        assertThat(cli.run("compare", "--local-only", "alice-x").code()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun.Result twice = cli.run("compare", "--local-only", "alice-x", "alice-x");
        assertThat(twice.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(twice.err()).contains("a job is named twice");
        CliRun.Result unknown = cli.run("compare", "--local-only", "alice-x", "alice-y");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("alice-x");
    }
}
