package dev.sagedeck.archfixture.ui;

import dev.sagedeck.archfixture.sagemaker.DirectSageMaker;

/** Fixture: a UI class calling a backend adapter instead of the port (forbidden). */
public final class JobTable {
    private JobTable() {}

    public static int rows(DirectSageMaker backend) {
        return backend.jobCount();
    }
}
