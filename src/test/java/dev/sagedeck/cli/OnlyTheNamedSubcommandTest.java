package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code sagedeck} builds picocli's model of only the subcommand the arguments name (start-up,
 * docs/BENCHMARKS.md): whatever is typed, what it prints and returns is what the full command line does.
 */
class OnlyTheNamedSubcommandTest {
    @TempDir
    Path tmp;

    @Test
    void everyKindOfCommandLine_printsAndExits_exactlyAsWithEverySubcommandBuilt() {
        CliRun cli = new CliRun(tmp.resolve("home"));
        List<String[]> lines = List.of(
                new String[] {"--help"}, new String[] {"-V"}, new String[] {"--version"}, new String[] {},
                new String[] {"trian"}, new String[] {"?"}, new String[] {"--bogus"}, new String[] {"--owner", "train"},
                new String[] {"--theme", "jobs", "--local-only"}, new String[] {"--owner=bob", "jobs", "--local-only", "--json"},
                new String[] {"jobs", "--stat", "x"}, new String[] {"train", "--wiat"}, new String[] {"train", "--help"},
                new String[] {"--local-only", "describe", "nope"}, new String[] {"iam-policy", "--read-only"},
                new String[] {"compare", "one"}, new String[] {"--", "jobs"}, new String[] {"help"},
                new String[] {"--theme", "light", "--local-only"}, new String[] {"--theme"}, new String[] {"-h", "jobs"});

        for (String[] args : lines) {
            CliRun.Result all = CliRun.run(SagedeckCommand.commandLine(cli.wiring()), args);
            CliRun.Result lazy = CliRun.run(SagedeckCommand.forArgs(cli.wiring(), args), args);

            assertThat(lazy).as(String.join(" ", args)).isEqualTo(all);
        }
    }

    @Test
    void theVersionWithoutPicocli_isWhatPicocliPrints() {
        CliRun cli = new CliRun(tmp.resolve("home"));
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"})) {
            assertThat(Version.asked(args)).isTrue();
            assertThat(CliRun.run(SagedeckCommand.commandLine(cli.wiring()), args).out()).isEqualTo(Version.line() + System.lineSeparator());
        }
        assertThat(Version.asked(new String[] {"--version", "jobs"})).isFalse();
        assertThat(Version.asked(new String[] {"jobs", "-V"})).isFalse();
    }

    @Test
    void onlyTheNamedSubcommand_isBuilt() {
        CliRun cli = new CliRun(tmp.resolve("home"));

        CommandLine jobs = SagedeckCommand.forArgs(cli.wiring(), new String[] {"--owner", "bob", "jobs", "--local-only"});
        CommandLine version = SagedeckCommand.forArgs(cli.wiring(), new String[] {"--version"});
        CommandLine dashboard = SagedeckCommand.forArgs(cli.wiring(), new String[] {"--theme", "light", "--local-only"});
        CommandLine help = SagedeckCommand.forArgs(cli.wiring(), new String[] {"-h"});

        assertThat(jobs.getSubcommands()).containsOnlyKeys("jobs");
        assertThat(version.getSubcommands()).isEmpty();
        assertThat(dashboard.getSubcommands()).isEmpty();
        assertThat(help.getSubcommands()).hasSameSizeAs(SagedeckCommand.SUBCOMMANDS);
    }
}
