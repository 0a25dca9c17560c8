package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command has: the wiring it gets its ports and use cases from, and its picocli spec. */
abstract class WiredCommand implements Callable<Integer> {
    protected final Wiring wiring;

    @Spec
    CommandSpec spec;

    WiredCommand(Wiring wiring) {
        this.wiring = wiring;
    }
}
