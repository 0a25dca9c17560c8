package dev.sagedeck.archfixture.cli;

import dev.sagedeck.archfixture.sagemaker.DirectSageMaker;

/** Fixture: a command calling the SageMaker adapter instead of a use case or port (forbidden). */
public final class DirectLaunchCommand {
    private DirectLaunchCommand() {}

    public static int call(DirectSageMaker backend) {
        return backend.jobCount();
    }
}
