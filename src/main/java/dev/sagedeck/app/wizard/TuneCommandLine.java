package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code sagedeck tune ...} command line that starts the search the wizard will start (empty for a script: tune has no --script). */
public final class TuneCommandLine {
    private TuneCommandLine() {}

    public static String of(TuningLaunch launch) {
        LaunchSpec s = launch.base();
        TuningPlan p = launch.plan();
        if (s.script() != null) {
            return "";
        }
        boolean sm = s.backend() == Backend.SAGEMAKER;
        List<String> a = new ArrayList<>(List.of("sagedeck", "tune"));
        if (!sm) {
            a.add("--local");
        }
        if (s.name() != null) {
            WizardCommandLine.add(a, "--name", s.name());
        }
        DataFlags.add(a, s.data());
        for (ParameterRange r : p.ranges()) {
            WizardCommandLine.add(a, r instanceof ParameterRange.CategoricalValues ? "--values" : "--range", r.text());
        }
        WizardCommandLine.add(a, "--strategy", p.strategy().apiName().toLowerCase(Locale.ROOT));
        WizardCommandLine.add(a, "--objective", p.objective().metric());
        WizardCommandLine.add(a, "--max-jobs", Integer.toString(p.limits().maxJobs()));
        WizardCommandLine.add(a, "--max-parallel", Integer.toString(p.limits().maxParallel()));
        if (p.earlyStopping() == EarlyStopping.AUTO) {
            WizardCommandLine.add(a, "--early-stopping", "auto");
        }
        for (String key : WizardCommandLine.ordered(p.staticHyperParameters())) {
            WizardCommandLine.add(a, "--hp", key + "=" + p.staticHyperParameters().get(key));
        }
        if (sm) {
            Resources r = s.resources();
            WizardCommandLine.add(a, "--instance-type", r.instanceType());
            WizardCommandLine.add(a, "--instance-count", Integer.toString(r.instanceCount()));
            WizardCommandLine.add(a, "--max-runtime", Long.toString(r.maxRuntimeSeconds()));
            if (r.managedSpot()) {
                a.add("--spot");
                WizardCommandLine.add(a, "--max-wait", Long.toString(r.maxWaitSeconds()));
            }
            WizardCommandLine.add(a, "--role", s.roleArn());
            WizardCommandLine.add(a, "--output", s.outputPath());
            WizardCommandLine.add(a, "--image-version", s.imageVersion());
        }
        return String.join(" ", a);
    }
}
