package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mistyped command lines, through the real entry point: one line written for people, a pointer to --help, exit 2. */
class BadArgumentsTest {
    @TempDir
    Path tmp;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(tmp.resolve("home"));
    }

    private CliRun.Result bad(String... args) {
        CliRun.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).as("nothing on stdout").isEmpty();
        return r;
    }

    private static String firstLine(CliRun.Result r) {
        return r.err().lines().findFirst().orElse("");
    }

    @Test
    void compareWithOneJob_saysItNeedsTwo_andPointsToItsHelp() {
        CliRun.Result r = bad("compare", "alice-one");
        assertThat(r.err()).isEqualTo("sagedeck: compare needs at least two jobs\nSee sagedeck compare --help.\n");
        assertThat(bad("compare").err()).startsWith("sagedeck: compare needs at least two jobs\n");
    }

    @Test
    void aMistypedOption_namesTheClosestValidOne() {
        assertThat(firstLine(bad("watch", "--intervall", "3", "x"))).isEqualTo("sagedeck: watch has no option --intervall; did you mean --interval?");
        assertThat(firstLine(bad("jobs", "--stat", "Failed"))).isEqualTo("sagedeck: jobs has no option --stat; did you mean --status?");
        assertThat(firstLine(bad("--local-onyl"))).isEqualTo("sagedeck: sagedeck has no option --local-onyl; did you mean --local-only?");
        assertThat(firstLine(bad("logs", "-x", "job"))).as("nothing close: no guess").isEqualTo("sagedeck: logs has no option -x");
    }

    @Test
    void trainWithATypoOfItsOwnOption_suggestsIt_insteadOfTakingAHyperparameter() {
        assertThat(firstLine(bad("train", "--sample", "titanic", "--wiat"))).isEqualTo("sagedeck: train has no option --wiat; did you mean --wait?");
        assertThat(firstLine(bad("launch", "--train", "x.csv", "--dry_run"))).isEqualTo("sagedeck: launch has no option --dry_run; did you mean --dry-run?");
        assertThat(cli.run("jobs", "--json").out()).as("nothing was started").contains("[ ]");
    }

    @Test
    void anUnknownCommand_suggestsTheClosest_orListsThemAll() {
        assertThat(firstLine(bad("lgos", "job"))).isEqualTo("sagedeck: unknown command 'lgos'; did you mean logs?");
        assertThat(firstLine(bad("bogus"))).startsWith("sagedeck: unknown command 'bogus'; the commands are: train, jobs, describe, logs, stop,");
        assertThat(bad("bogus").err()).endsWith("See sagedeck --help.\n");
    }

    @Test
    void aMissingJobName_saysWhatTheCommandNeeds() {
        assertThat(firstLine(bad("describe"))).isEqualTo("sagedeck: describe needs a job name");
        assertThat(firstLine(bad("stop", "--yes"))).isEqualTo("sagedeck: stop needs a job name");
    }

    @Test
    void anExtraWord_saysHowManyTheCommandTakes() {
        assertThat(firstLine(bad("stop", "alice-a", "alice-b"))).isEqualTo("sagedeck: unexpected 'alice-b': stop takes one job name");
        assertThat(firstLine(bad("jobs", "alice-a"))).isEqualTo("sagedeck: unexpected 'alice-a': jobs takes no job names or other words, only options");
    }

    @Test
    void anOptionWithoutItsValue_saysWhatValueGoesThere() {
        assertThat(firstLine(bad("jobs", "--status")))
                .isEqualTo("sagedeck: --status needs a value (--status S: only jobs with this status: InProgress, Completed, Failed, Stopping, Stopped)");
        assertThat(firstLine(bad("jobs", "--status", "--json"))).startsWith("sagedeck: --status needs a value before --json (");
    }

    @Test
    void aRequiredOptionMistyped_isNamedWithTheOneItNeeds() {
        assertThat(firstLine(bad("evaluate", "alice-a", "--tset", "t.csv")))
                .isEqualTo("sagedeck: evaluate needs --test FILE (labelled CSV to evaluate on); --tset is not an option, did you mean --test?");
    }

    @Test
    void aWordWhereANumberGoes_orAValueOnASwitch_saysWhatFits() {
        assertThat(firstLine(bad("watch", "--interval", "abc", "x"))).isEqualTo("sagedeck: --interval needs a number, not 'abc'");
        assertThat(firstLine(bad("launch", "--instance-count", "1.5"))).isEqualTo("sagedeck: --instance-count needs a whole number, not '1.5'");
        assertThat(firstLine(bad("jobs", "--json=yes"))).isEqualTo("sagedeck: --json is a switch and takes no value (got 'yes'); write just --json");
        assertThat(firstLine(bad("jobs", "--status", "A", "--status", "B"))).isEqualTo("sagedeck: --status is given twice; give it once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare a", "jobs --wiat", "watch --interval abc x", "describe", "bogus", "stop a b", "jobs --status",
            "-x", "jobs --json=yes", "launch --volume x", "evaluate j", "fetch-model"})
    void everyBadCommandLine_isTwoLinesAtMost_neverTheUsageOrPicocliWording(String line) {
        CliRun.Result r = bad(line.split(" "));
        assertThat(r.err().lines().count()).as(r.err()).isBetween(1L, 2L);
        assertThat(r.err()).doesNotContain("Usage:").doesNotContain("positional parameter").doesNotContain("Unmatched argument")
                .doesNotContain("Invalid value").doesNotContain("Missing required").endsWith(" --help.\n");
    }
}
