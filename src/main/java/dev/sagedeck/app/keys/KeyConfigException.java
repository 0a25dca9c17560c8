package dev.sagedeck.app.keys;

/**
 * A {@code key.<action>} setting that cannot be used: which setting and what is wrong. The config
 * layer adds the file and turns it into its one-line config error (exit 2).
 */
public final class KeyConfigException extends IllegalArgumentException {
    private final String setting;
    private final String problem;

    public KeyConfigException(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = setting;
        this.problem = problem;
    }

    /** The config key to blame, {@code key.<action>}. */
    public String setting() {
        return setting;
    }

    public String problem() {
        return problem;
    }
}
