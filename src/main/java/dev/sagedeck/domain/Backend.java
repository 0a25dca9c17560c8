package dev.sagedeck.domain;

/** Where a training job runs: on this machine or as a SageMaker training job. */
public enum Backend {
    LOCAL("local"),
    SAGEMAKER("sagemaker");

    private final String label;

    Backend(String label) {
        this.label = label;
    }

    /** The lower-case word shown in lists and accepted in filters ({@code where:local}). */
    public String label() {
        return label;
    }
}
