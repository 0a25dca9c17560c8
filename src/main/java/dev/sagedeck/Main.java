package dev.sagedeck;

import dev.sagedeck.cli.SagedeckCommand;
import picocli.CommandLine;

/** Entry point: parses the command line and runs the dashboard or a subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(SagedeckCommand.forArgs(Wiring.fromEnvironment(), args).execute(args));
    }
}
