package dev.sagedeck.archfixture.config;

/** Fixture: config's locations, which adapters may use (where sagedeck's files are). */
public final class Paths {
    private Paths() {}

    public static String stateDir() {
        return "/tmp/state";
    }
}
