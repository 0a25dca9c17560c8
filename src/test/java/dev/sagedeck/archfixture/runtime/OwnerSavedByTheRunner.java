package dev.sagedeck.archfixture.runtime;

import dev.sagedeck.archfixture.config.SettingsOnDisk;

/** Fixture: the effect runner reading the settings file itself instead of through a port (forbidden). */
public final class OwnerSavedByTheRunner {
    private OwnerSavedByTheRunner() {}

    public static String owner() {
        return SettingsOnDisk.owner();
    }
}
