package dev.sagedeck.cli;

import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.compare.Comparison;
import dev.sagedeck.app.compare.ScalingSummary;
import dev.sagedeck.app.compare.TestEvaluation;
import dev.sagedeck.domain.InstanceCounts;
import dev.sagedeck.domain.JobNames;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.app.compare.ComparisonExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lesson's experiment as one command, {@code launch --instance-count 1,2}: one job per count
 * ({@link InstanceCounts}: its name ends in {@code -x<count>}), each waited for, then the comparison {@code compare} prints
 * (wall, training and billable time, cost) and, per job against the first, the speed-up against the
 * cost ratio ({@link ScalingSummary}).
 */
final class CountExperiment {
    private CountExperiment() {}

    /** The counts of {@code --instance-count 1,2} (one count is checked by the planner); IllegalArgumentException naming the flag. */
    static List<Integer> parse(List<Integer> given) {
        List<Integer> out = given.isEmpty() ? List.of(1) : List.copyOf(given);
        if (out.size() > 1) {
            InstanceCounts.problem(out).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        return out;
    }

    /** One spec per count, named {@code <name>-x<count>}; without --name, one name is generated for all of them. */
    static List<LaunchSpec> specs(LaunchSpec base, List<Integer> counts, String owner, String defaultBase) {
        LaunchSpec named = base.name() != null ? base : base.withName(JobNames.generate(owner, defaultBase, LocalDateTime.now()));
        List<LaunchSpec> out = InstanceCounts.specs(named, counts);
        for (LaunchSpec s : out) {
            JobNames.problem(s.name()).ifPresent(p -> {
                throw new IllegalArgumentException("--name with the count added (%s): %s".formatted(s.name(), p));
            });
        }
        return out;
    }

    /** Starts each job, waits for all to end, prints the comparison; 0 when every job Completed. */
    static int run(AllTrainingJobs jobs, List<LaunchSpec> specs, Map<String, Price> prices, Duration poll, boolean json,
            PrintWriter out, PrintWriter err) throws InterruptedException {
        List<String> names = new ArrayList<>();
        for (LaunchSpec s : specs) {
            TrainingJob job = jobs.launch(s);
            names.add(job.name());
            err.println("Created " + InertText.of(job.name()) + " on " + s.resources().instanceCount() + " instance(s).");
            err.flush();
        }
        err.println("Waiting for all " + names.size() + " to end (Ctrl-C stops waiting; the jobs go on) ...");
        err.flush();
        List<TrainingJob> ended = waitForAll(jobs, names, poll, err);
        Comparison c = Comparison.of(ended, t -> Optional.ofNullable(t == null ? null : prices.get(t)), Instant.now(), false,
                TestEvaluation.NONE, null);
        List<ScalingSummary> scaling = ScalingSummary.of(ended, t -> Optional.ofNullable(t == null ? null : prices.get(t)), Instant.now());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("jobs", names);
            m.put("comparison", ComparisonExport.tree(c));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ScalingSummary s : scaling) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("job", s.job());
                r.put("against", s.base());
                r.put("wallSeconds", s.wall().getSeconds());
                r.put("againstWallSeconds", s.baseWall().getSeconds());
                r.put("speedUp", Double.isNaN(s.speedUp()) ? null : s.speedUp());
                r.put("costRatio", Double.isNaN(s.costRatio()) ? null : s.costRatio());
                r.put("text", s.text());
                rows.add(r);
            }
            m.put("scaling", rows);
            CliOutput.json(out, m);
        } else {
            CompareCommand.print(out, c);
            scaling.forEach(s -> out.println(s.text()));
        }
        out.flush();
        return ended.stream().allMatch(j -> JobStatus.COMPLETED.equals(j.status())) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static List<TrainingJob> waitForAll(AllTrainingJobs jobs, List<String> names, Duration poll, PrintWriter err)
            throws InterruptedException {
        Map<String, TrainingJob> last = new LinkedHashMap<>();
        while (true) {
            boolean all = true;
            for (String n : names) {
                TrainingJob j = jobs.describe(n);
                TrainingJob before = last.put(n, j);
                if (before == null || !before.status().equals(j.status())) {
                    err.println(InertText.of(n) + ": " + j.status().text());
                    err.flush();
                }
                all &= j.status().isFinal();
            }
            if (all) {
                return new ArrayList<>(last.values());
            }
            Thread.sleep(poll.toMillis());
        }
    }

    /** The name part a generated name takes: the script's file name without .py, else xgboost (as the planner names jobs). */
    static String defaultBase(String script) {
        return script == null ? "xgboost" : Path.of(script).getFileName().toString().replaceFirst("\\.py$", "");
    }
}
