package dev.sagedeck.testing;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.port.LaunchPlanning;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Our own LaunchPlanning port scripted for dashboard tests (never the SDK): the request it
 * returns is built from the spec so a test can see what was planned, the checks are the test's.
 */
public final class ScriptedLaunchPlanning implements LaunchPlanning {
    private volatile List<CheckResult> checks = List.of();
    private final List<LaunchSpec> planned = Collections.synchronizedList(new ArrayList<>());

    public ScriptedLaunchPlanning checks(CheckResult... results) {
        checks = List.of(results);
        return this;
    }

    public List<LaunchSpec> planned() {
        return List.copyOf(planned);
    }

    @Override
    public String dryRun(LaunchSpec spec) {
        planned.add(spec);
        return "{\n  \"TrainingJobName\": \"" + (spec.name() == null ? "alice-xgb-20261126-120000" : spec.name()) + "\",\n"
                + "  \"RoleArn\": \"" + spec.roleArn() + "\",\n"
                + "  \"ResourceConfig\": {\"InstanceType\": \"" + spec.resources().instanceType() + "\", \"InstanceCount\": "
                + spec.resources().instanceCount() + ", \"VolumeSizeInGB\": " + spec.resources().volumeGb() + "},\n"
                + "  \"StoppingCondition\": {\"MaxRuntimeInSeconds\": " + spec.resources().maxRuntimeSeconds() + "},\n"
                + "  \"HyperParameters\": {\"max_depth\": \"" + spec.hyperParameters().get("max_depth") + "\"}\n}";
    }

    @Override
    public List<CheckResult> check(LaunchSpec spec) {
        return checks;
    }
}
