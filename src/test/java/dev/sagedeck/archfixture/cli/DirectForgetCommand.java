package dev.sagedeck.archfixture.cli;

import dev.sagedeck.archfixture.local.LocalStore;

/** Fixture: a command removing a local job through the local adapter instead of a port Wiring hands out (forbidden). */
public final class DirectForgetCommand {
    private DirectForgetCommand() {}

    public static void call(LocalStore store, String name) {
        store.forget(name);
    }
}
