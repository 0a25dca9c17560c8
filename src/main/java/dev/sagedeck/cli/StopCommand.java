package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.usecase.GuardedStop;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.StopPolicy;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StopDecision;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import java.io.Console;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sagedeck stop JOB}: stops one of my running jobs through {@link GuardedStop} (the one
 * {@link StopPolicy}, checked on a fresh describe; every attempt in audit.log). On a terminal it
 * asks for the last 4 characters of the name; {@code --yes} skips the question, never the policy.
 */
@Command(name = "stop", mixinStandardHelpOptions = true, description = {"Stop one of your running jobs (asks first on a terminal; --yes skips the question).",
        "Locally SIGTERM, on SageMaker StopTrainingJob; the run then has 120 s to save its model before it is killed.",
        "A second stop of a local run that is still stopping kills it at once."})
public final class StopCommand extends JobCommand {
    /** How the audit log names stops asked for on the command line. */
    static final String VIA = "cli";

    @Option(names = {"--yes", "-y"}, description = "Do not ask for confirmation (ownership is still checked).")
    boolean yes;

    @Option(names = "--json", description = "Print the outcome as one JSON object: job, where, decision, reason, message.")
    boolean json;

    public StopCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() {
        GlobalOptions g = Globals.of(spec, global);
        GuardedStop.Result result;
        try {
            Ownership me = wiring.ownership(g);
            GuardedStop guard = wiring.searchAwareStopper(g);
            result = guard.stop(name, me, VIA, yes ? null : this::confirm);
        } catch (BackendException e) {
            if (json) {
                print(new GuardedStop.Result(name, null, StopDecision.FAILED, GuardedStop.failure(e), e.getMessage()));
            }
            return CliOutput.error(spec, e);
        } catch (UncheckedIOException e) {
            return CliOutput.error(spec, ExitCodes.FAILED, e.getMessage());
        }
        if (json) {
            print(result);
            return result.sent() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
        if (!result.sent()) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, result.message());
        }
        spec.commandLine().getOut().println(result.message());
        return ExitCodes.OK;
    }

    private void print(GuardedStop.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", r.job());
        m.put("where", r.where());
        m.put("decision", r.decision().text());
        m.put("reason", r.reason());
        m.put("message", r.message());
        CliOutput.json(spec.commandLine().getOut(), m);
    }

    /** Asks on the terminal; null when the answer confirms. Only reached for a stop the policy allows. */
    private GuardedStop.Declined confirm(TrainingJob job) {
        Console console = System.console();
        if (!wiring.terminalAttached() || console == null) {
            return new GuardedStop.Declined(StopDecision.REFUSED, "no terminal to confirm",
                    "not stopping %s: no terminal to ask for confirmation; pass --yes to stop it".formatted(InertText.of(job.name())));
        }
        String answer = console.readLine("%s", StopConfirmation.prompt(job, java.time.Instant.now()));
        if (answer == null) {
            return new GuardedStop.Declined(StopDecision.CANCELLED, "cancelled", "not stopped: no answer");
        }
        if (!StopPolicy.confirms(job.name(), answer)) {
            return new GuardedStop.Declined(StopDecision.REFUSED, "wrong confirmation text", "not stopped: "
                    + dev.sagedeck.app.Text.STOP_WRONG_CONFIRMATION.formatted(InertText.of(answer.strip()),
                            InertText.of(StopPolicy.confirmation(job.name()))));
        }
        return null;
    }
}
