package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.data.StrayValues;
import dev.sagedeck.local.LocalJobsFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data that loads but is probably not what was meant: `check` warns, and a local run's log says it before training. */
class DataWarningsFromTheCliTest {
    static final String WARNING = "column Age: 3 of " + StrayValues.AGES + " values are not numbers (the first on line 2: '22\\0'), "
            + "so the column is treated as categorical";

    @TempDir
    Path tmp;
    CliRun cli;
    Path data;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(tmp.resolve("home"));
        data = StrayValues.titanicWithStrayAges(tmp, 3, "\0", null);
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(cli.localJobs());
    }

    @Test
    void check_ofAFileWithNulBytesInAFewAges_saysWarnOnTheDataLine_withTheNulVisible_andExits0() {
        CliRun.Result r = cli.run("check", "--train", data.toString(), "--preset", "csv", "--label", "Survived");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString()).containsPattern("(?m)^WARN  Data loads .*" + java.util.regex.Pattern.quote(WARNING))
                .doesNotContain("\0");

        JsonNode json = cli.run("check", "--train", data.toString(), "--preset", "csv", "--label", "Survived", "--json").json();
        JsonNode dataCheck = null;
        for (JsonNode c : json) if (c.get("name").asText().equals("Data loads")) dataCheck = c;
        assertThat(dataCheck).isNotNull();
        assertThat(dataCheck.get("verdict").asText()).isEqualTo("WARN");
        assertThat(dataCheck.get("detail").asText()).contains(WARNING);
    }

    @Test
    void check_ofTheUntouchedSample_withTheCsvPreset_passesTheDataLine_thoughTicketMixesNumbersAndText() {
        CliRun.Result r = cli.run("check", "--train", data.resolveSibling("titanic_train.csv").toString(), "--preset", "csv", "--label", "Survived",
                "--drop", "Cabin");

        assertThat(r.out()).as(r.toString()).containsPattern("(?m)^PASS  Data loads ").doesNotContain("not numbers");
    }

    @Test
    void aLocalRun_writesTheWarningIntoItsLog_beforeTraining() throws Exception {
        CliRun.Result r = cli.run("train", "--train", data.toString(), "--preset", "csv", "--label", "Survived",
                "--name", "alice-stray-1", "--wait");
        assertThat(r.code()).as(r.toString()).isZero();

        List<String> log = cli.run("logs", "alice-stray-1").out().lines().toList();
        int warning = indexOf(log, "Warning: " + WARNING);
        int firstRound = indexOf(log, "[0]");
        assertThat(warning).as(String.join("\n", log)).isGreaterThanOrEqualTo(0);
        assertThat(warning).as("the warning comes before the first round").isLessThan(firstRound);
        assertThat(String.join("\n", log)).doesNotContain("\0");
    }

    @Test
    void aLocalRunOnAFile_recordsItsDataSize_soStallsCompareLikeSizedRuns() throws Exception {
        CliRun.Result r = cli.run("train", "--train", data.toString(), "--preset", "csv", "--label", "Survived", "--name", "alice-size-1");
        assertThat(r.code()).as(r.toString()).isZero();

        assertThat(cli.localJobs().describe("alice-size-1").tags())
                .containsEntry("sagedeck:data-bytes", Long.toString(java.nio.file.Files.size(data)));
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(part)) return i;
        return -1;
    }
}
