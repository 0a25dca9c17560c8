package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.port.LaunchPlanning;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link LaunchPlanning} for SageMaker: the dry run is the exact CreateTrainingJob request as JSON
 * (no upload, no call); {@link #preview} adds the S3 objects a launch would write; the checks are
 * {@link LaunchChecks}. Get it from {@code Wiring.launchPlanning(options)}.
 */
public final class SageMakerLaunchPlanning implements LaunchPlanning {
    private final LaunchPlanner planner;
    private final LaunchChecks checks;

    SageMakerLaunchPlanning(AwsConnection aws, LaunchPlanner planner) {
        this.planner = planner;
        this.checks = new LaunchChecks(aws, planner);
    }

    /** The request JSON; INVALID (BackendException) with a specific message for bad input. */
    @Override
    public String dryRun(LaunchSpec spec) {
        try (LaunchPlan plan = planner.plan(spec)) {
            return plan.requestJson();
        }
    }

    /** The full dry run, with the S3 objects a launch would upload; INVALID (BackendException) for bad input. */
    @Override
    public Preview preview(LaunchSpec spec) {
        try (LaunchPlan plan = planner.plan(spec)) {
            return new Preview(plan.jobName(), plan.requestJson(),
                    plan.uploads().stream().map(u -> u.to().uri() + "  (" + u.what() + ")").collect(Collectors.toList()),
                    plan.notes(), plan.warnings());
        }
    }

    @Override
    public List<CheckResult> check(LaunchSpec spec) {
        return checks.check(spec);
    }
}
