package dev.sagedeck.archfixture.local;

import dev.sagedeck.archfixture.config.Paths;
import dev.sagedeck.archfixture.config.SettingsOnDisk;

/** Fixture: the local backend using config's location (allowed) and its settings file adapter (forbidden). */
public final class LocalReadsSettings {
    private LocalReadsSettings() {}

    public static String ownerIn() {
        return Paths.stateDir() + SettingsOnDisk.owner();
    }
}
