package dev.sagedeck.app.wizard;

/**
 * One field of the launch wizard: its label, whether it is typed (TEXT) or picked from a list
 * (CHOICE), and the key under which its text is remembered in {@code wizard-last.json}.
 */
public enum WizardField {
    START_FROM("Start from", Kind.CHOICE),
    WHERE("Where", Kind.CHOICE),
    SOURCE("Data", Kind.CHOICE),
    TRAIN("Training data", Kind.TEXT),
    PRESET("Preset", Kind.CHOICE),
    LABEL("Label column", Kind.TEXT),
    TEST("Test file", Kind.TEXT),
    MODE("What runs", Kind.CHOICE),
    ENTRY_POINT("Entry point", Kind.TEXT),
    SOURCE_DIR("Source dir", Kind.TEXT),
    FRAMEWORK("Framework", Kind.CHOICE),
    MAX_DEPTH("max_depth", Kind.TEXT),
    ETA("eta", Kind.TEXT),
    SUBSAMPLE("subsample", Kind.TEXT),
    COLSAMPLE_BYTREE("colsample_bytree", Kind.TEXT),
    NUM_ROUND("num_round", Kind.TEXT),
    EXTRA("Extra params", Kind.TEXT),
    /** Script mode: the user's metric rules, NAME=REGEX separated by ';' (launch's --metric). */
    METRICS("Metrics", Kind.TEXT),
    INSTANCE_TYPE("Instance type", Kind.CHOICE),
    INSTANCE_COUNT("Instance count", Kind.TEXT),
    DATA_DISTRIBUTION("Train data", Kind.CHOICE),
    /** The test file's channel (validation for built-in XGBoost, test for a script). */
    TEST_DISTRIBUTION("Test data", Kind.CHOICE),
    SPOT("Managed spot", Kind.CHOICE),
    MAX_WAIT("Max wait", Kind.TEXT),
    MAX_RUNTIME("Max runtime", Kind.TEXT),
    BUDGET("Budget (USD)", Kind.TEXT),
    CHECKPOINTS("Checkpoints", Kind.CHOICE),
    /** Never shown: the checkpoint prefix of the job a clone came from, which CHECKPOINTS may resume. */
    RESUME_FROM("Resume from", Kind.TEXT),
    ROLE("Role", Kind.TEXT),
    OUTPUT("Output", Kind.TEXT),
    IMAGE_VERSION("Image version", Kind.CHOICE),
    PY_VERSION("Python", Kind.CHOICE),
    DISTRIBUTION("Distribution", Kind.CHOICE),
    NAME("Job name", Kind.TEXT),
    /** On the hyperparameters step: whether the run is a search (the tune step follows). */
    TUNE("Search", Kind.CHOICE),
    SEARCH_MAX_DEPTH("max_depth", Kind.TEXT),
    SEARCH_ETA("eta", Kind.TEXT),
    SEARCH_SUBSAMPLE("subsample", Kind.TEXT),
    SEARCH_COLSAMPLE_BYTREE("colsample_bytree", Kind.TEXT),
    SEARCH_NUM_ROUND("num_round", Kind.TEXT),
    SEARCH_MORE("Other ranges", Kind.TEXT),
    STRATEGY("Strategy", Kind.CHOICE),
    OBJECTIVE("Objective", Kind.CHOICE),
    MAX_JOBS("Max jobs", Kind.TEXT),
    MAX_PARALLEL("Max parallel", Kind.TEXT),
    EARLY_STOPPING("Early stopping", Kind.CHOICE);

    /** How a field is edited: typed characters, or Left/Right/space through a list of choices. */
    public enum Kind {
        TEXT,
        CHOICE
    }

    private final String label;
    private final Kind kind;

    WizardField(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The key in the remembered values file: the lower-case name ("max_depth", "instance_type"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
