package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.JobCost;
import dev.sagedeck.app.MetricSeries;
import dev.sagedeck.app.Text;
import dev.sagedeck.domain.Price;
import java.util.Optional;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The detail of a job as lines, in the order a user checks before acting: failure first, then
 * identity, status and phases, resources and cost, hyperparameters, data, outputs and metrics.
 */
public final class DetailLines {
    private static final String FAILURE = "Failure";

    private DetailLines() {}

    /** True for the failure reason's line (which a triage card above already shows). */
    static boolean isFailure(Line l) {
        return !l.spans().isEmpty() && l.spans().get(0).text().equals(TextFit.pad(FAILURE, 12));
    }

    /**
     * The detail with cost (when the price is known) and the per-round plot (when the log has rounds);
     * {@code owner} is whose the job is by {@link dev.sagedeck.domain.Ownership#ownerOf}, null when unknown.
     */
    public static List<Line> of(TrainingJob j, String owner, Instant now, Optional<Price> price, MetricSeries series, int width) {
        List<Line> out = new ArrayList<>();
        if (JobStatus.FAILED.equals(j.status()) && j.failureReason() != null) {
            out.add(Line.field(FAILURE, j.failureReason(), Role.FAILED));
        }
        out.add(Line.field("Name", j.name(), Role.NORMAL));
        if (j.arn() != null) {
            out.add(Line.field("ARN", j.arn(), Role.DIM));
        }
        out.add(Line.field("Where", j.backend() == Backend.LOCAL ? "local (this machine)" : "SageMaker", Role.NORMAL));
        String phase = j.secondaryStatus() == null || j.secondaryStatus().equals(j.status().text()) ? "" : " (" + j.secondaryStatus() + ")";
        out.add(new Line(List.of(new Line.Span(TextFit.pad("Status", 12), Role.DIM),
                new Line.Span(Formats.status(j.status()) + phase, Role.of(j.status())))));
        out.add(Line.field("Owner", owner == null ? Text.OWNER_UNKNOWN : owner, Role.NORMAL));
        out.add(Line.field("Created", Formats.time(j.timing().created()), Role.NORMAL));
        if (j.timing().started() != null) {
            out.add(Line.field("Started", Formats.time(j.timing().started()), Role.NORMAL));
        }
        if (j.timing().ended() != null) {
            out.add(Line.field("Ended", Formats.time(j.timing().ended()), Role.NORMAL));
        }
        out.add(Line.field("Elapsed", Formats.duration(j.timing().elapsed(now)), Role.NORMAL));
        resources(j, out);
        if (j.timing().billableSeconds() == null && j.timing().trainingSeconds() != null) {
            out.add(Line.field("Training", seconds(j.timing().trainingSeconds()) + " of training", Role.NORMAL));
        } else if (j.timing().billableSeconds() != null) {
            out.add(Line.field("Billable", seconds(j.timing().billableSeconds()) + " billable of "
                    + seconds(j.timing().trainingSeconds()) + " training", Role.NORMAL));
        }
        cost(j, now, price, out);
        phases(j, now, out);
        out.addAll(PlotLines.of(series, Math.min(width, 100), 8));
        section(out, "Hyperparameters", new TreeMap<>(j.hyperParameters()));
        if (!j.channels().isEmpty()) {
            out.add(Line.of("Input channels", Role.TITLE));
            for (Channel c : j.channels()) {
                out.add(Line.of("  " + c.name() + "  " + c.uri() + details(c), Role.NORMAL));
            }
        }
        if (j.outputPath() != null) {
            out.add(Line.field("Output", j.outputPath(), Role.NORMAL));
        }
        if (j.modelLocation() != null) {
            out.add(Line.field("Model", j.modelLocation(), Role.NORMAL));
        }
        if (!j.finalMetrics().isEmpty()) {
            out.add(Line.of("Final metrics", Role.TITLE));
            for (Metric m : j.finalMetrics()) {
                out.add(Line.of("  " + m.name() + " = " + Formats.metric(m.value()), Role.NORMAL));
            }
        }
        if (j.roleArn() != null) {
            out.add(Line.field("Role", j.roleArn(), Role.NORMAL));
        }
        if (j.image() != null) {
            out.add(Line.field("Image", j.image(), Role.NORMAL));
        }
        SettingsFields.of(j.settings()).forEach(f -> out.add(Line.field(f.getKey(), f.getValue(), Role.NORMAL)));
        section(out, "Tags", new TreeMap<>(j.tags()));
        return out;
    }

    private static void resources(TrainingJob j, List<Line> out) {
        Resources r = j.resources();
        if (r == null || Resources.LOCAL_INSTANCE.equals(r.instanceType())) {
            return;
        }
        String text = r.instanceType() + " x " + r.instanceCount();
        if (r.volumeGb() > 0) {
            text += ", " + r.volumeGb() + " GB volume";
        }
        out.add(Line.field("Instance", text, Role.NORMAL));
        if (r.maxRuntimeSeconds() > 0) {
            out.add(Line.field("Max runtime", Formats.duration(Duration.ofSeconds(r.maxRuntimeSeconds())), Role.NORMAL));
        }
        if (r.managedSpot()) {
            out.add(Line.field("Spot", "managed spot, max wait " + Formats.duration(Duration.ofSeconds(r.maxWaitSeconds())), Role.NORMAL));
        }
    }

    private static void cost(TrainingJob j, Instant now, Optional<Price> price, List<Line> out) {
        if (j.backend() == Backend.LOCAL) {
            return;
        }
        if (price.isEmpty()) {
            out.add(Line.field("Cost", costText(j, price, now), Role.DIM));
            SpotText.savings(j, price).ifPresent(t -> out.add(Line.field("Spot", t, Role.NORMAL)));
            return;
        }
        Price p = price.get();
        int n = j.resources().instanceCount();
        out.add(Line.field("Cost", costText(j, price, now), Role.NORMAL));
        out.add(Line.field("Rate", String.format(java.util.Locale.ROOT, "$%.3f/h x %d (%s)", p.usdPerHour(), n, p.source()), Role.DIM));
        if (j.status().isActive() && j.resources().maxRuntimeSeconds() > 0) {
            out.add(Line.field("At max", Formats.money(p.costOf(j.resources().maxRuntimeSeconds(), n)) + " at max runtime "
                    + Formats.duration(Duration.ofSeconds(j.resources().maxRuntimeSeconds())), Role.NORMAL));
        }
        SpotText.savings(j, price).ifPresent(t -> out.add(Line.field("Spot", t, Role.NORMAL)));
    }

    /** The cost as the details and the job view's summary say it: "$0.05 billed", "$0.02 so far", "nothing yet". */
    static String costText(TrainingJob j, Optional<Price> price, Instant now) {
        if (price.isEmpty()) {
            return "price unknown for " + (j.resources() == null ? "?" : j.resources().instanceType());
        }
        return JobCost.of(j, price, now).map(c -> Formats.money(c.usd()) + (c.basis().equals("billable") ? " billed" : " so far")).orElse("nothing yet");
    }

    private static void phases(TrainingJob j, Instant now, List<Line> out) {
        if (j.transitions().isEmpty()) {
            return;
        }
        out.add(Line.of("Phases", Role.TITLE));
        for (StatusTransition t : j.transitions()) {
            String running = t.end() == null && !j.status().isFinal() ? "  (now)" : "";
            String msg = t.message() == null || t.message().isBlank() ? "" : "  " + t.message();
            out.add(Line.of("  " + TextFit.pad(t.status(), 14) + TextFit.pad(Formats.duration(t.duration(now)), 8) + running + msg,
                    t.end() == null && !j.status().isFinal() ? Role.RUNNING : Role.NORMAL));
        }
    }

    private static void section(List<Line> out, String title, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.add(Line.of(title, Role.TITLE));
        values.forEach((k, v) -> out.add(Line.of("  " + k + " = " + v, Role.NORMAL)));
    }

    private static String details(Channel c) {
        List<String> parts = new ArrayList<>();
        if (c.contentType() != null) {
            parts.add(c.contentType());
        }
        if (c.distribution() != null) {
            parts.add(c.distribution());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String seconds(Long s) {
        return s == null ? "?" : Formats.duration(Duration.ofSeconds(s));
    }
}
