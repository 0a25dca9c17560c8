package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.Text;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.view.SpotText;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.Price;
import java.util.Optional;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sagedeck describe JOB}: everything to check before acting on a job, the failure reason first. */
@Command(name = "describe", mixinStandardHelpOptions = true, description = "Show one job in full: status and phases, failure reason, data, model, metrics.")
public final class DescribeCommand extends JobCommand {
    @Option(names = "--json", description = "Print the job as JSON.")
    boolean json;

    public DescribeCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() {
        TrainingJob job;
        Ownership me = wiring.ownership(Globals.of(spec, global));
        try {
            job = wiring.backends(Globals.of(spec, global)).describe(name);
        } catch (BackendException e) {
            if (e.kind() == BackendException.Kind.NOT_FOUND) {
                var tuning = wiring.sageMakerTuning(Globals.of(spec, global), dev.sagedeck.port.TransferProgress.NONE);
                if (tuning.isPresent()) return describeTuningJob(tuning.get(), e);
            }
            return CliOutput.error(spec, e);
        }
        Instant now = Instant.now();
        if (dev.sagedeck.domain.tuning.TuningTags.LOCAL_SEARCH.equals(job.tags().get(dev.sagedeck.domain.tuning.TuningTags.KIND))) {
            return describeSearch(job, me, now);
        }
        GlobalOptions g = Globals.of(spec, global);
        java.util.Map<String, Price> prices = job.backend() == dev.sagedeck.domain.Backend.SAGEMAKER ? wiring.prices(g) : java.util.Map.of();
        Optional<Price> price = Optional.ofNullable(job.resources() == null ? null : prices.get(job.resources().instanceType()));
        if (json) {
            java.util.Map<String, Object> m = JobJson.of(job, me, now);
            m.putAll(CostJson.of(job, price, now));
            CliOutput.json(spec.commandLine().getOut(), m);
        } else {
            print(spec.commandLine().getOut(), job, me, now, price);
        }
        return ExitCodes.OK;
    }

    /** A SageMaker tuning job: the search and its training jobs ranked; the training job's NOT_FOUND when it is none either. */
    private int describeTuningJob(dev.sagedeck.port.TuningJobs tuning, BackendException notATrainingJob) {
        try {
            dev.sagedeck.domain.tuning.TuningJob t = tuning.describe(name);
            java.util.List<dev.sagedeck.domain.tuning.Ranking.Row> ranked;
            try {
                ranked = dev.sagedeck.domain.tuning.Ranking.of(tuning.children(name), t.objective());
            } catch (BackendException e) {
                spec.commandLine().getErr().println("sagedeck: the training jobs of " + InertText.of(name) + " could not be listed: "
                        + InertText.of(e.getMessage()));
                ranked = java.util.List.of();
            }
            if (json) CliOutput.json(spec.commandLine().getOut(), TuningOutput.json(t, ranked));
            else TuningOutput.text(spec.commandLine().getOut(), t, ranked);
            return ExitCodes.OK;
        } catch (BackendException e) {
            // no such tuning job, or none that can be told: the answer stays the training job's "not found"
            return CliOutput.error(spec, notATrainingJob);
        }
    }

    /** A local search: the search and its configurations ranked first, then its own record like any job's. */
    private int describeSearch(TrainingJob job, Ownership me, Instant now) {
        dev.sagedeck.port.TuningJobs searches = wiring.localSearches(Globals.of(spec, global));
        dev.sagedeck.domain.tuning.TuningJob t;
        java.util.List<dev.sagedeck.domain.tuning.Ranking.Row> ranked;
        try {
            t = searches.describe(job.name());
            ranked = dev.sagedeck.domain.tuning.Ranking.of(searches.children(job.name()), t.objective());
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>(TuningOutput.json(t, ranked));
            m.put("job", JobJson.of(job, me, now));
            CliOutput.json(out, m);
        } else {
            TuningOutput.text(out, t, ranked);
            out.println();
            out.println("The search's own record:");
            print(out, job, me, now);
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, TrainingJob j, Ownership me, Instant now) {
        print(out, j, me, now, Optional.empty());
    }

    static void print(PrintWriter out, TrainingJob j, Ownership me, Instant now, Optional<Price> price) {
        field(out, "Name", j.name());
        field(out, "Where", j.where());
        field(out, "Status", j.status().text() + (j.secondaryStatus() == null ? "" : " (" + j.secondaryStatus() + ")"));
        field(out, "Failure reason", j.failureReason());
        field(out, "ARN", j.arn());
        field(out, "Owner", me.ownerOf(j) == null ? Text.OWNER_UNKNOWN : me.ownerOf(j));
        field(out, "Created", seconds(j.timing().created()));
        field(out, "Started", seconds(j.timing().started()));
        field(out, "Ended", seconds(j.timing().ended()));
        field(out, "Elapsed", Formats.duration(j.timing().elapsed(now)));
        field(out, "Training time", j.timing().trainingSeconds() == null ? null : j.timing().trainingSeconds() + " s");
        field(out, "Billable time", j.timing().billableSeconds() == null ? null : j.timing().billableSeconds() + " s");
        if (j.resources() != null) {
            field(out, "Instance", j.resources().instanceType() + " x " + j.resources().instanceCount());
            if (j.resources().maxRuntimeSeconds() > 0) {
                field(out, "Max runtime", j.resources().maxRuntimeSeconds() + " s");
            }
            if (j.resources().managedSpot()) {
                field(out, "Spot", "managed spot, max wait " + j.resources().maxWaitSeconds() + " s");
            }
        }
        if (j.backend() == dev.sagedeck.domain.Backend.SAGEMAKER) {
            field(out, "Cost", SpotText.cost(j, price, now));
            SpotText.savings(j, price).ifPresent(t -> field(out, "Spot savings", t));
        }
        if (!j.hyperParameters().isEmpty()) {
            out.println("Hyperparameters:");
            new TreeMap<>(j.hyperParameters()).forEach((k, v) -> out.println("  " + InertText.of(k) + " = " + InertText.of(v)));
        }
        for (Channel c : j.channels()) {
            field(out, "Channel " + c.name(), c.uri() + (c.contentType() == null ? "" : " (" + c.contentType() + ")"));
        }
        field(out, "Output", j.outputPath());
        field(out, "Model", j.modelLocation());
        for (Metric m : j.finalMetrics()) {
            field(out, "Metric " + m.name(), Formats.metric(m.value()));
        }
        j.tags().forEach((k, v) -> field(out, "Tag " + k, v));
        field(out, "Role", j.roleArn());
        field(out, "Image", j.image());
        dev.sagedeck.app.view.SettingsFields.of(j.settings()).forEach(f -> field(out, f.getKey(), f.getValue()));
        if (!j.transitions().isEmpty()) {
            out.println("Status history:");
            for (StatusTransition t : j.transitions()) {
                out.printf("  %-12s %-21s %7s  %s%n", InertText.of(t.status()), seconds(t.start()), Formats.duration(t.duration(now)),
                        t.message() == null ? "" : InertText.of(t.message()));
            }
        }
        out.flush();
    }

    private static Instant seconds(Instant t) {
        return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static void field(PrintWriter out, String label, Object value) {
        if (value != null) {
            out.printf("%-17s %s%n", InertText.of(label) + ":", InertText.of(String.valueOf(value)));
        }
    }
}
