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
            add(a, "--name", s.name());
        }
        if (s.data().sample() != null) {
            add(a, "--sample", "titanic");
        } else {
            add(a, "--train", s.data().train());
            if (s.data().test() != null) {
                add(a, "--test", s.data().test());
            }
            if (s.data().preset() != null) {
                add(a, "--preset", s.data().preset());
            }
            if (s.data().label() != null) {
                add(a, "--label", s.data().label());
            }
        }
        for (ParameterRange r : p.ranges()) {
            add(a, r instanceof ParameterRange.CategoricalValues ? "--values" : "--range", r.text());
        }
        add(a, "--strategy", p.strategy().apiName().toLowerCase(Locale.ROOT));
        add(a, "--objective", p.objective().metric());
        add(a, "--max-jobs", Integer.toString(p.limits().maxJobs()));
        add(a, "--max-parallel", Integer.toString(p.limits().maxParallel()));
        if (p.earlyStopping() == EarlyStopping.AUTO) {
            add(a, "--early-stopping", "auto");
        }
        for (String key : WizardCommandLine.ordered(p.staticHyperParameters())) {
            add(a, "--hp", key + "=" + p.staticHyperParameters().get(key));
        }
        if (sm) {
            Resources r = s.resources();
            add(a, "--instance-type", r.instanceType());
            add(a, "--instance-count", Integer.toString(r.instanceCount()));
            add(a, "--max-runtime", Long.toString(r.maxRuntimeSeconds()));
            if (r.managedSpot()) {
                a.add("--spot");
                add(a, "--max-wait", Long.toString(r.maxWaitSeconds()));
            }
            add(a, "--role", s.roleArn());
            add(a, "--output", s.outputPath());
            add(a, "--image-version", s.imageVersion());
        }
        return String.join(" ", a);
    }

    private static void add(List<String> a, String option, String value) {
        a.add(option);
        a.add(WizardCommandLine.quote(value == null ? "" : value));
    }
}
