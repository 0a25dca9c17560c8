package dev.sagedeck;

import dev.sagedeck.cli.SagedeckCommand;
import dev.sagedeck.cli.Version;
import picocli.CommandLine;

/** Entry point: parses the command line and runs the dashboard or a subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (Version.asked(args)) {
            // the one answer that needs neither picocli (whose classes cannot be class-data archived) nor the wiring
            System.out.println(Version.line());
            System.exit(0);
        }
        System.exit(SagedeckCommand.forArgs(Wiring.fromEnvironment(), args).execute(args));
    }
}
