package dev.sagedeck.local;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A local job record as the domain's {@link TrainingJob}: the same fields a SageMaker job fills,
 * with instance type "local", the job directory as output path, and job.json as the raw view.
 * Test-set metrics appear as final metrics named {@code test:<metric>}.
 */
final class JobRecordMapper {
    static final String TEST_PREFIX = "test:";

    private JobRecordMapper() {}

    /** The job with job.json as its raw view (describe). */
    static TrainingJob toJob(JobRecord r, JobDir dir) {
        return toJob(r, dir, true);
    }

    /** {@code withRaw} false for listings: nobody reads the raw view of a row, and writing it doubles the cost. */
    static TrainingJob toJob(JobRecord r, JobDir dir, boolean withRaw) {
        List<StatusTransition> transitions = new ArrayList<>();
        r.transitions.forEach(p -> transitions.add(new StatusTransition(p.status(), p.start(), p.end(), p.message())));
        List<Channel> channels = new ArrayList<>();
        r.channels.forEach(c -> channels.add(new Channel(c.name(), c.source(), "text/csv", null)));
        List<Metric> metrics = new ArrayList<>();
        r.finalMetrics.forEach((k, v) -> metrics.add(new Metric(k, v)));
        r.testMetrics.forEach((k, v) -> metrics.add(new Metric(k.startsWith(TEST_PREFIX) ? k : TEST_PREFIX + k, v)));
        long maxRuntime = r.launch == null ? 0 : r.launch.maxRuntimeSeconds();
        return TrainingJob.builder(r.name, Backend.LOCAL)
                .status(r.jobStatus())
                .secondaryStatus(r.secondaryStatus)
                .transitions(transitions)
                .owner(r.owner)
                .timing(new Timing(r.created, r.started, r.ended, trainingSeconds(r), null))
                .resources(Resources.local(maxRuntime))
                .hyperParameters(r.hyperParameters)
                .channels(channels)
                .outputPath(dir.root().toString())
                .modelLocation(r.modelLocation)
                .finalMetrics(metrics)
                .failureReason(r.failureReason)
                .image(image(r))
                .tags(tags(r))
                .raw(withRaw ? raw(r) : null)
                .metricDefinitions(r.metricDefinitions)
                .build();
    }

    /** The trainer's own time when it reported one, else the run's wall time once it ended. */
    private static Long trainingSeconds(JobRecord r) {
        if (r.trainingSeconds != null) {
            return Math.round(r.trainingSeconds);
        }
        if (r.started != null && r.ended != null) {
            return Duration.between(r.started, r.ended).toSeconds();
        }
        return null;
    }

    private static String image(JobRecord r) {
        if (r.launch != null && r.launch.tuning() && r.search != null) {
            return "local: search of built-in XGBoost (" + r.search.strategy + ", " + r.search.maxJobs + " configurations)";
        }
        if (r.launch != null && r.launch.script()) {
            // a script run alone shows its own path, so its clone (C, train --like) finds it from any directory
            boolean alone = r.launch.sourceDir() == null && r.launch.scriptFile() != null;
            return "local: " + ScriptRun.PYTHON + " " + (alone ? r.launch.scriptFile() : r.launch.entryPoint());
        }
        return "local: built-in XGBoost (xgboost4j)";
    }

    private static String raw(JobRecord r) {
        return dev.sagedeck.json.Json.pretty(JobRecordJson.tree(r));
    }

    /** How the data was read (built-in runs, for a clone) and the tags set for signals at launch. */
    private static java.util.Map<String, String> tags(JobRecord r) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (r.launch != null && !r.launch.script()) {
            out.putAll(dev.sagedeck.domain.RunTags.of(new dev.sagedeck.domain.DataSpec(null, null, r.launch.preset(), r.launch.label(), null, null)));
        }
        if (r.tags != null) {
            out.putAll(r.tags);
        }
        if (r.stoppedEarly != null) {
            out.put(dev.sagedeck.domain.tuning.TuningTags.STOPPED_EARLY, r.stoppedEarly);
        }
        return out;
    }
}
