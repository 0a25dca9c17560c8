package dev.sagedeck.cli;

import dev.sagedeck.app.InertText;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.json.Json;
import dev.sagedeck.json.JsonException;
import dev.sagedeck.port.TrainingJobs;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code train --wait}: follows the run's log to its end, then prints the outcome: name, status,
 * training seconds, model path, metrics (test-set metrics separately). Exit 0 when Completed,
 * 1 when it Failed or was Stopped.
 */
final class TrainWait {
    private static final String TEST = "test:";

    private final TrainingJobs jobs;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    TrainWait(TrainingJobs jobs, PrintWriter out, PrintWriter err, boolean json) {
        this.jobs = jobs;
        this.out = out;
        this.err = err;
        this.json = json;
    }

    /** What Ctrl-C prints: the run goes on, and how to get back to it. */
    static String hint(String name) {
        return "The run goes on. Follow it: sagedeck logs " + name + " --follow   Stop it: sagedeck stop " + name;
    }

    int follow(String name) throws InterruptedException {
        // Ctrl-C ends this command, not the run (it is in its own session); say how to get back to it.
        Thread hint = new Thread(() -> {
            err.println();
            err.println(hint(name));
            err.flush();
        });
        Runtime.getRuntime().addShutdownHook(hint);
        try {
            // With --json, stdout carries only the result document; the log goes to stderr.
            new LogFollower(jobs).print(name, true, json ? err : out, err);
        } finally {
            removeHook(hint);
        }
        return report(jobs.describe(name));
    }

    /** Prints the outcome of an ended run; 0 when it Completed, else 1. */
    int report(TrainingJob job) {
        Map<String, Object> result = summary(job);
        if (json) {
            CliOutput.json(out, result);
        } else {
            printText(job, result);
        }
        return JobStatus.COMPLETED.equals(job.status()) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting (Ctrl-C): let the hint print
        }
    }

    static Map<String, Object> summary(TrainingJob job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", job.name());
        m.put("status", job.status().text());
        m.put("secondaryStatus", job.secondaryStatus());
        m.put("failureReason", job.failureReason());
        m.put("trainingSeconds", trainingSeconds(job));
        m.put("totalSeconds", job.timing().elapsed(Instant.now()).toMillis() / 1000.0);
        m.put("modelPath", job.modelLocation());
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, Double> test = new LinkedHashMap<>();
        for (Metric x : job.finalMetrics()) {
            if (x.name().startsWith(TEST)) {
                test.put(x.name().substring(TEST.length()), x.value());
            } else {
                metrics.put(x.name(), x.value());
            }
        }
        m.put("metrics", metrics);
        m.put("testMetrics", test);
        m.put("jobDir", job.outputPath());
        return m;
    }

    /** The trainer's precise seconds from the raw record when there, else the whole seconds of the timing. */
    private static Double trainingSeconds(TrainingJob job) {
        if (job.raw() != null) {
            try {
                if (Json.parse(job.raw()) instanceof Map<?, ?> record && record.get("trainingSeconds") instanceof Number n) {
                    return n.doubleValue();
                }
            } catch (JsonException ignored) {
                // fall back to the timing below
            }
        }
        Long s = job.timing().trainingSeconds();
        return s == null ? null : s.doubleValue();
    }

    private void printText(TrainingJob job, Map<String, Object> r) {
        out.println();
        out.println(InertText.of(job.name()) + ": " + job.status().text());
        if (job.failureReason() != null) {
            out.println("  Failure reason:     " + InertText.of(job.failureReason()));
        }
        if (r.get("trainingSeconds") != null) {
            out.printf("  Training time:      %.2f s%n", (Double) r.get("trainingSeconds"));
        }
        if (job.modelLocation() != null) {
            out.println("  Model:              " + InertText.of(job.modelLocation()));
        }
        for (Metric x : job.finalMetrics()) {
            out.printf("  %-19s %s%n", InertText.of(x.name()) + ":", Formats.metric(x.value()));
        }
        out.flush();
    }
}
