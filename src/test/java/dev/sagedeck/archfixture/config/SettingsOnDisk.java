package dev.sagedeck.archfixture.config;

/** Fixture: a config file adapter (not one of the locations other adapters may use). */
public final class SettingsOnDisk {
    private SettingsOnDisk() {}

    public static String owner() {
        return "alice";
    }
}
