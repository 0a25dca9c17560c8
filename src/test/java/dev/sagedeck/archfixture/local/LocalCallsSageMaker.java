package dev.sagedeck.archfixture.local;

import dev.sagedeck.archfixture.sagemaker.DirectSageMaker;

/** Fixture: one adapter reaching into another (forbidden: they meet only through ports). */
public final class LocalCallsSageMaker {
    private LocalCallsSageMaker() {}

    public static int jobs(DirectSageMaker other) {
        return other.jobCount();
    }
}
