package dev.sagedeck.archfixture.sagemaker;

/** Fixture: stands in for a backend adapter. */
public final class DirectSageMaker {
    public int jobCount() {
        return 0;
    }
}
