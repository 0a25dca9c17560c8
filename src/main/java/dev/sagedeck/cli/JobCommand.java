package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every command about one job has: the wiring, the global options, its spec and the job's name. */
abstract class JobCommand implements Callable<Integer> {
    protected final Wiring wiring;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "JOB", description = "The job name.")
    String name;

    JobCommand(Wiring wiring) {
        this.wiring = wiring;
    }
}
