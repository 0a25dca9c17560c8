package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.wizard.InstanceTypes;
import dev.sagedeck.app.wizard.LaunchDiff;
import dev.sagedeck.app.wizard.WizardCommandLine;
import dev.sagedeck.app.wizard.WizardSpec;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The review: where and what it costs at most, tags, changes from the original, checks, command line, request (a search's: {@link TuneReviewLines}); Submit pinned below. */
final class WizardReviewPainter {
    private WizardReviewPainter() {}

    static void paint(Canvas c, AppState s, WizardState w, Rect body) {
        List<Line> lines = new ArrayList<>();
        for (Line l : lines(s, w)) {
            lines.addAll(l.spans().size() == 1 ? TextFit.wrap(l, body.width(), 4) : TextFit.wrap(l, body.width()));
        }
        // the Submit line is pinned below; on a narrow screen it wraps, so a blocking reason is read whole
        List<Line> submit = TextFit.wrap(submitLine(w), body.width(), 11);
        int rows = Math.max(1, body.height() - 2 - submit.size());
        int top = Math.max(0, Math.min(w.scroll(), lines.size() - rows));
        for (int i = 0; i < rows && top + i < lines.size(); i++) {
            lines.get(top + i).draw(c, body.x(), body.y() + i, body.width());
        }
        if (top + rows < lines.size()) {
            c.put(body.x(), body.y() + body.height() - 1 - submit.size(), "(more below: Down / PageDown)", Role.NOTE, body.width());
        }
        for (int i = 0; i < submit.size(); i++) {
            submit.get(i).draw(c, body.x(), body.y() + body.height() - submit.size() + i, body.width());
        }
    }

    static List<Line> lines(AppState s, WizardState w) {
        if (dev.sagedeck.app.wizard.WizardTune.on(w.values())) {
            List<Line> checks = new ArrayList<>();
            checks(checks, w.plan(), true);
            return TuneReviewLines.lines(s, w, checks);
        }
        LaunchSpec spec = WizardSpec.of(w, s.session().ownership());
        boolean sm = spec.backend() == Backend.SAGEMAKER;
        List<Line> out = new ArrayList<>();
        out.add(field("Runs on", sm ? runsOn(spec.resources()) : "this machine, as its own process"));
        out.add(field("Cost ceiling", sm ? ceiling(s, spec.resources()) : WizardText.LOCAL_COST));
        String owner = s.session().ownership().owner();
        java.util.StringJoiner tags = new java.util.StringJoiner(", ");
        tags.add(owner == null ? "(no owner set)" : s.session().ownership().tagKey() + "=" + owner);
        spec.settings().tags().forEach((k, v) -> tags.add(k + "=" + v));
        out.add(field("Tags", tags.toString()));
        if (sm) {
            SettingsFields.of(spec.settings()).forEach(f -> out.add(field(f.getKey(), f.getValue())));
            ReviewSettings.lines(spec, w.value(dev.sagedeck.app.wizard.WizardField.INSTANCE_COUNT)).forEach(l -> out.add(field(l.getKey(), l.getValue())));
        }
        out.add(field("Data", spec.data().longDemoRun() ? "bundled Titanic sample, long demo (about a minute)"
                : spec.data().sample() != null ? "bundled Titanic sample" : spec.data().train()));
        // every hyperparameter the run gets, not only those on the command line below
        java.util.StringJoiner hps = new java.util.StringJoiner(", ");
        java.util.Map<String, String> all = new java.util.TreeMap<>(spec.hyperParameters());
        for (String k : dev.sagedeck.domain.HyperParameterRules.lessonValues().keySet()) {
            if (all.containsKey(k)) {
                hps.add(k + " " + all.remove(k)); // the lesson's five first, in its order
            }
        }
        all.forEach((k, v) -> hps.add(k + " " + v));
        out.add(Line.of(TextFit.pad("Parameters", 14) + hps, Role.NORMAL)); // one span: wrapped at word boundaries
        if (w.origin().job() != null) {
            out.add(Line.blank());
            List<LaunchDiff.Change> changes = LaunchDiff.between(w.origin().job(), spec);
            out.add(Line.of("Changes from " + w.origin().job().name() + (changes.isEmpty() ? ": none (same settings)" : ":"), Role.TITLE));
            for (LaunchDiff.Change ch : changes) {
                out.add(Line.of("  " + TextFit.pad(ch.what(), 16), Role.DIM).plus(ch.before(), Role.NORMAL)
                        .plus(" -> ", Role.DIM).plus(ch.after(), Role.MATCH));
            }
        }
        out.add(Line.blank());
        checks(out, w.plan(), sm);
        out.add(Line.blank());
        out.add(Line.of("Command line (the same run from a shell):", Role.TITLE));
        out.add(Line.of("  " + WizardCommandLine.of(spec,
                dev.sagedeck.app.wizard.WizardSettings.counts(w.value(dev.sagedeck.app.wizard.WizardField.INSTANCE_COUNT))), Role.NORMAL));
        if (w.plan() != null && w.plan().request() != null) {
            out.add(Line.blank());
            out.add(Line.of(sm ? "CreateTrainingJob request (dry run; nothing is created before Submit):" : "Request:", Role.TITLE));
            for (String l : w.plan().request().split("\n")) {
                out.add(Line.of("  " + l, Role.NORMAL));
            }
        }
        return out;
    }

    private static Line field(String label, String value) {
        return Line.of(TextFit.pad(label, 14), Role.DIM).plus(value, Role.NORMAL);
    }

    private static void checks(List<Line> out, WizardState.Plan plan, boolean sm) {
        out.add(Line.of("Pre-submit checks:", Role.TITLE));
        if (plan == null || plan.pending()) {
            out.add(Line.of("  " + WizardText.PLANNING, Role.DIM));
            return;
        }
        if (plan.error() != null) {
            out.add(Line.of("  WARN  " + plan.error(), Role.WARN));
        }
        for (CheckResult r : plan.checks()) {
            Role role = r.verdict() == CheckResult.Verdict.FAIL ? Role.ERROR : r.verdict() == CheckResult.Verdict.WARN ? Role.WARN : Role.COMPLETED;
            out.add(Line.of("  " + TextFit.pad(r.verdict().name(), 6), role).plus(r.name() + ": " + r.detail(), Role.NORMAL));
        }
        if (plan.error() == null && plan.checks().isEmpty()) {
            out.add(Line.of("  (none for this run)", Role.DIM));
        }
    }

    private static Line submitLine(WizardState w) {
        if (w.submitting()) {
            return Line.of("[ Submit ]", Role.DIM).plus("  " + WizardText.SUBMITTING, Role.NOTE);
        }
        WizardState.Plan plan = w.plan();
        if (plan == null || plan.pending()) {
            return Line.of("[ Submit ]", Role.DIM).plus("  " + WizardText.PLANNING, Role.DIM);
        }
        if (plan.tuning() != null && plan.error() != null) {
            return Line.of("[ Submit ]", Role.DIM).plus("  " + WizardText.BLOCKED.formatted(plan.error()), Role.ERROR); // a search without a plan cannot start
        }
        Optional<CheckResult> fail = plan.firstFailure();
        if (fail.isPresent()) {
            return Line.of("[ Submit ]", Role.DIM).plus("  " + WizardText.BLOCKED.formatted(fail.get().name() + ": " + fail.get().detail()), Role.ERROR);
        }
        return Line.of("[ Submit ]", Role.BUTTON_FOCUS).plus("  Enter submits, Esc goes back (nothing is launched before Submit)", Role.DIM);
    }

    private static String runsOn(Resources r) {
        String shape = InstanceTypes.find(r.instanceType()).map(t -> " (" + t.shape() + " each)").orElse("");
        return "SageMaker, " + r.instanceType() + " x " + r.instanceCount() + shape + (r.managedSpot() ? ", managed spot" : "");
    }

    /** price x count x max runtime: what the run can cost at most, at the on-demand price. */
    private static String ceiling(AppState s, Resources r) {
        Optional<Price> p = s.session().price(r.instanceType());
        if (p.isEmpty()) {
            return WizardText.COST_UNKNOWN.formatted(r.instanceType());
        }
        double usd = p.get().costOf(r.maxRuntimeSeconds(), r.instanceCount());
        return WizardFieldLines.hourly(p.get().usdPerHour()) + " x " + r.instanceCount() + " x "
                + Formats.duration(java.time.Duration.ofSeconds(r.maxRuntimeSeconds())) + " = " + Formats.money(usd)
                + " at most" + (r.managedSpot() ? " (on-demand price; spot usually costs less)" : "");
    }
}
