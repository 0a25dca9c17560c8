package dev.sagedeck.app.wizard;

/** The wizard's pages in order; TUNE only for a search, RESOURCES only on the SageMaker path. */
public enum WizardStep {
    WHERE("Where", "Where it runs"),
    DATA("Data", "Data"),
    RUN("Run", "What runs"),
    PARAMS("Params", "Hyperparameters"),
    TUNE("Tune", "Search hyperparameters"),
    RESOURCES("Resources", "SageMaker resources"),
    REVIEW("Review", "Review and submit");

    private final String shortName;
    private final String title;

    WizardStep(String shortName, String title) {
        this.shortName = shortName;
        this.title = title;
    }

    public String shortName() {
        return shortName;
    }

    public String title() {
        return title;
    }
}
