package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.AllTrainingJobs;
import dev.sagedeck.app.GuardedStop;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.local.LocalOwner;
import dev.sagedeck.port.BackendException;
import java.io.Console;
import java.io.UncheckedIOException;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sagedeck stop JOB}: stops one of my running jobs through {@link GuardedStop} (mine and
 * running, checked on a fresh describe; every attempt in audit.log). On a terminal it asks for the
 * last 4 characters of the name; {@code --yes} skips the question, never the ownership check.
 */
@Command(name = "stop", mixinStandardHelpOptions = true, description = {"Stop one of your running jobs (asks first on a terminal; --yes skips the question).",
        "Locally SIGTERM, on SageMaker StopTrainingJob; the run then has 120 s to save its model before it is killed.",
        "A second stop of a local run that is still stopping kills it at once."})
public final class StopCommand extends JobCommand {
    @Option(names = {"--yes", "-y"}, description = "Do not ask for confirmation (ownership is still checked).")
    boolean yes;

    public StopCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() {
        GlobalOptions g = Globals.of(spec, global);
        try {
            AllTrainingJobs jobs = wiring.backends(g);
            TrainingJob job = jobs.describe(name);
            Ownership me = job.backend() == Backend.LOCAL ? LocalOwner.resolve(wiring.ownership(g)) : wiring.ownership(g);
            boolean wouldStop = me.isMine(job) && (JobStatus.IN_PROGRESS.equals(job.status())
                    || (JobStatus.STOPPING.equals(job.status()) && job.backend() == Backend.LOCAL));
            // Only ask about a stop that would happen; a refusal needs no confirmation and is audited below.
            if (wouldStop && !yes) {
                Integer declined = confirm(job);
                if (declined != null) {
                    return declined;
                }
            }
            // The same audit log and caller identity as the dashboard's stops.
            GuardedStop guard = new GuardedStop(jobs, me, wiring.auditLog(), wiring::callerIdentity, Clock.systemUTC());
            GuardedStop.Result result = guard.stop(name);
            if (!result.sent()) {
                return CliOutput.error(spec, ExitCodes.BAD_INPUT, result.message());
            }
            spec.commandLine().getOut().println(result.message());
            return ExitCodes.OK;
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        } catch (UncheckedIOException e) {
            return CliOutput.error(spec, ExitCodes.FAILED, e.getMessage());
        }
    }

    /** Null when confirmed, else the exit code. */
    private Integer confirm(TrainingJob job) {
        Console console = System.console();
        if (!wiring.terminalAttached() || console == null) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT,
                    "not stopping %s: no terminal to ask for confirmation; pass --yes to stop it".formatted(job.name()));
        }
        String answer = console.readLine("%s", StopConfirmation.prompt(job, java.time.Instant.now()));
        if (!StopConfirmation.accepts(job.name(), answer)) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "not stopped: the answer did not match '%s'"
                    .formatted(StopConfirmation.expected(job.name())));
        }
        return null;
    }
}
