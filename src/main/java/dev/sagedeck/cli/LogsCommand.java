package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.port.BackendException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sagedeck logs JOB [--follow]}: the job's log, control characters shown inert (ESC as U+241B, a visible symbol). */
@Command(name = "logs", mixinStandardHelpOptions = true, description = {"Print a job's log (its last 500 lines); --follow keeps printing until the job ends.",
        "Control characters are shown as symbols, not obeyed: ESC prints as \u241B."})
public final class LogsCommand extends JobCommand {
    @Option(names = {"--follow", "-f"}, description = "Keep printing new lines until the job has ended and its log has drained.")
    boolean follow;

    @Option(names = "--json", description = "Print JSON lines: one {\"time\", \"source\", \"text\"} object per log line, and a {\"note\"} object where the log"
            + " says something about itself (lines out of order, repeated or missing; earlier lines not shown).")
    boolean json;

    public LogsCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() throws InterruptedException {
        try {
            dev.sagedeck.usecase.AllTrainingJobs jobs = wiring.backends(Globals.of(spec, global));
            LogFollower.forJob(jobs, name).print(name, follow, spec.commandLine().getOut(), spec.commandLine().getErr(), json);
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        return ExitCodes.OK;
    }
}
