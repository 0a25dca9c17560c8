package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** What every command about one job has beside the wiring and its spec: the global options and the job's name. */
abstract class JobCommand extends WiredCommand {
    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "JOB", description = "The job name.")
    String name;

    JobCommand(Wiring wiring) {
        super(wiring);
    }
}
