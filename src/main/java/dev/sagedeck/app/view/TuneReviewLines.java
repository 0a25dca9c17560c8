package dev.sagedeck.app.view;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.wizard.InstanceTypes;
import dev.sagedeck.app.wizard.TuneCommandLine;
import dev.sagedeck.app.wizard.TuneText;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.app.wizard.WizardTune;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.tuning.Configurations;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningPlan;
import dev.sagedeck.domain.tuning.TuningPreview;
import dev.sagedeck.domain.tuning.TuningRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The review of a search: what runs where, the cost ceiling (max jobs x each job's max runtime x
 * price) and the expected wall time (ceil(max jobs / parallel) x one job's time, measured or
 * estimated, said which) from the plan the effect brought, the ranges and fixed values, a local
 * search's configurations, the checks, the {@code tune} command line and SageMaker's request.
 */
final class TuneReviewLines {
    private TuneReviewLines() {}

    static List<Line> lines(AppState s, WizardState w, List<Line> checks) {
        TuningLaunch launch = WizardTune.launch(w, s.session().ownership());
        LaunchSpec base = launch.base();
        TuningPlan p = launch.plan();
        boolean sm = base.backend() == Backend.SAGEMAKER;
        TuningPreview preview = w.plan() == null || w.plan().pending() ? null : w.plan().preview();
        List<Line> out = new ArrayList<>();
        String direction = p.objective().direction().apiName().toLowerCase(Locale.ROOT);
        String strategy = p.strategy().apiName().toLowerCase(Locale.ROOT);
        out.add(Line.of(sm ? TuneText.REVIEW_MANAGED.formatted(strategy, p.limits().maxJobs(), p.limits().maxParallel(), p.objective().metric(), direction)
                : TuneText.REVIEW_LOCAL.formatted(strategy, Configurations.of(p).size(), p.objective().metric(), direction), Role.NORMAL));
        if (sm) {
            String shape = InstanceTypes.find(base.resources().instanceType()).map(t -> " (" + t.shape() + ")").orElse("");
            out.add(field("Each job", "SageMaker, " + base.resources().instanceType() + " x " + base.resources().instanceCount() + shape
                    + ", max runtime " + Formats.duration(Duration.ofSeconds(base.resources().maxRuntimeSeconds()))
                    + (base.resources().managedSpot() ? ", managed spot" : "")));
        } else {
            out.add(field("Runs on", "this machine, as its own process; data read once for every configuration"));
        }
        if (preview == null) {
            out.add(field("Cost ceiling", WizardText.PLANNING));
        } else {
            out.add(field("Cost ceiling", sm ? (preview.ceilingUsd() == null ? "unknown" : Formats.money(preview.ceilingUsd()) + " at most")
                    + " (" + preview.ceilingHow() + ")" : WizardText.LOCAL_COST));
            out.add(field("Wall time", "about " + Formats.duration(Duration.ofSeconds(preview.expectedWallSeconds())) + " (" + preview.wallHow() + ")"));
            preview.notes().forEach(n -> out.add(field("Note", n)));
            if (!preview.uploads().isEmpty()) {
                out.add(field("Uploads", String.join(", ", preview.uploads())));
            }
        }
        out.add(field("Data", base.data().sample() != null ? "bundled Titanic sample" : base.data().train()));
        for (ParameterRange r : p.ranges()) {
            out.add(field("Searched", r.text()));
        }
        StringJoiner fixed = new StringJoiner(", ");
        Map<String, String> statics = TuningRules.staticWithObjectiveMetric(p);
        new java.util.TreeMap<>(statics).forEach((k, v) -> fixed.add(k + " " + v));
        out.add(field("Fixed", fixed.toString()));
        out.add(field("Early stop", p.earlyStopping().apiName().toLowerCase(Locale.ROOT)));
        if (!sm) {
            out.add(Line.blank());
            out.add(Line.of(TuneText.CONFIGURATIONS, Role.TITLE));
            List<Map<String, String>> configurations = Configurations.of(p);
            for (int i = 0; i < configurations.size(); i++) {
                StringJoiner values = new StringJoiner(" ");
                configurations.get(i).forEach((k, v) -> values.add(k + "=" + v));
                out.add(Line.of(String.format(Locale.ROOT, "  %3d  %s", i + 1, values), Role.NORMAL));
            }
        }
        out.add(Line.blank());
        out.addAll(checks);
        String command = TuneCommandLine.of(launch);
        if (!command.isEmpty()) {
            out.add(Line.blank());
            out.add(Line.of("Command line (the same search from a shell):", Role.TITLE));
            out.add(Line.of("  " + command, Role.NORMAL));
        }
        if (preview != null && preview.requestJson() != null) {
            out.add(Line.blank());
            out.add(Line.of(TuneText.REQUEST, Role.TITLE));
            for (String l : preview.requestJson().split("\n")) {
                out.add(Line.of("  " + l, Role.NORMAL));
            }
        }
        return out;
    }

    private static Line field(String label, String value) {
        return Line.of(TextFit.pad(label, 14), Role.DIM).plus(value, Role.NORMAL);
    }
}
