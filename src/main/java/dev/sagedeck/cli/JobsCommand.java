package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sagedeck jobs}: my training jobs (local and SageMaker), newest first. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List your training jobs, local and SageMaker, newest first.")
public final class JobsCommand extends WiredCommand {
    static final List<JobStatus> STATUSES = List.of(JobStatus.IN_PROGRESS, JobStatus.COMPLETED, JobStatus.FAILED,
            JobStatus.STOPPING, JobStatus.STOPPED);
    static final List<String> HEADER = List.of("NAME", "WHERE", "STATUS", "PHASE", "INSTANCE", "ELAPSED");

    @Mixin
    GlobalOptions global;

    @Option(names = "--all", description = "Every job the account can see, not only yours (read-only for others' jobs).")
    boolean all;

    @Option(names = "--status", paramLabel = "S", description = "Only jobs with this status: InProgress, Completed, Failed, Stopping, Stopped.")
    String status;

    @Option(names = "--json", description = "Print the jobs as a JSON array.")
    boolean json;

    @Option(names = "--tuning", description = "Your hyperparameter tuning jobs (SageMaker's and local searches) instead, one row each: strategy, objective, progress, best, cost.")
    boolean tuning;

    @Option(names = "--partial-ok", description = "Exit 0 when one backend failed but the other answered (the failure is still said on stderr).")
    boolean partialOk;

    public JobsCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() {
        JobStatus wanted = null;
        if (status != null) {
            wanted = STATUSES.stream().filter(s -> s.text().equalsIgnoreCase(status)).findFirst().orElse(null);
            if (wanted == null) {
                return CliOutput.error(spec, ExitCodes.BAD_INPUT, "unknown status '%s'; one of: InProgress, Completed, Failed, Stopping, Stopped"
                        .formatted(InertText.of(status)));
            }
        }
        List<TrainingJob> jobs;
        int incomplete = ExitCodes.OK;
        GlobalOptions g = Globals.of(spec, global);
        if (tuning) {
            return TuningList.print(wiring, g, all ? JobScope.ALL : JobScope.MINE, json, spec);
        }
        wiring.awsNotice(g).ifPresent(spec.commandLine().getErr()::println);
        try {
            jobs = wiring.backends(g).list(all ? JobScope.ALL : JobScope.MINE);
        } catch (dev.sagedeck.port.PartialListException e) {
            // one backend failed: show what the others listed, say which is missing, and let the exit
            // code tell scripts the list is incomplete unless they said a partial answer will do
            String which = e.failed().stream().map(dev.sagedeck.domain.Backend::label).sorted().collect(java.util.stream.Collectors.joining(" and "));
            spec.commandLine().getErr().println("sagedeck: " + which + " failed, its jobs are not shown: " + InertText.of(e.getMessage())
                    + (partialOk ? "" : " (--partial-ok exits 0 when the other backend answered)"));
            jobs = e.listed();
            incomplete = partialOk ? ExitCodes.OK : CliOutput.exitCode(e);
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        dev.sagedeck.domain.Ownership me = wiring.ownership(g);
        JobStatus filter = wanted;
        List<TrainingJob> shown = jobs.stream().filter(j -> filter == null || filter.equals(j.status())).toList();
        Instant now = Instant.now();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            CliOutput.json(out, shown.stream().map(j -> JobJson.of(j, me, now)).toList());
            return incomplete;
        }
        if (shown.isEmpty()) {
            spec.commandLine().getErr().println(jobs.isEmpty()
                    ? "No training jobs yet. Start one: sagedeck train --sample titanic"
                    : "No jobs with status " + filter + ".");
            return incomplete;
        }
        printTable(out, shown, now);
        return incomplete;
    }

    static void printTable(PrintWriter out, List<TrainingJob> jobs, Instant now) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (TrainingJob j : jobs) {
            rows.add(row(j, now));
        }
        TextTable.print(out, "", rows);
        for (TrainingJob j : jobs) {
            if (JobStatus.DAMAGED.equals(j.status())) {
                out.println(InertText.of(j.name()) + ": " + InertText.of(j.failureReason()));
            }
        }
        out.flush();
    }

    static List<String> row(TrainingJob j, Instant now) {
        String instance = j.resources() == null ? "-" : j.resources().instanceType()
                + (j.resources().instanceCount() > 1 ? " x" + j.resources().instanceCount() : "");
        return List.of(InertText.of(j.name()), j.backend() == null ? "-" : j.backend().label(), j.status().text(),
                j.secondaryStatus() == null ? "-" : InertText.of(j.secondaryStatus()), InertText.of(instance),
                Formats.duration(j.timing().elapsed(now)));
    }
}
