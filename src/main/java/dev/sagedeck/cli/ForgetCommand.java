package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.StopPolicy;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.LocalRuns;
import java.io.Console;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sagedeck forget JOB}: removes a local job's directory, for a damaged record or a run you no
 * longer want listed. Local only, never a running job; asks on a terminal unless {@code --yes}.
 */
@Command(name = "forget", mixinStandardHelpOptions = true, description = {
        "Remove a local job from this machine: its directory (record, log, model) is deleted.",
        "For a damaged record, or an ended run you no longer want listed. Local jobs only, never a running one; "
                + "asks first on a terminal (--yes skips the question)."})
public final class ForgetCommand extends JobCommand {
    @Option(names = {"--yes", "-y"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--json", description = "Print what was removed as one JSON object: job, status, directory.")
    boolean json;

    public ForgetCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() {
        try {
            LocalRuns local = wiring.localRuns(wiring.localBackend(Globals.of(spec, global)));
            TrainingJob job = local.describe(name);
            if (!yes) {
                Console console = System.console();
                if (!wiring.terminalAttached() || console == null) {
                    return CliOutput.error(spec, ExitCodes.BAD_INPUT,
                            "not removing %s: no terminal to ask for confirmation; pass --yes to remove it"
                                    .formatted(InertText.of(name)));
                }
                String answer = console.readLine("Remove %s (%s) and its directory %s? Type the last %d characters of the name: ",
                        InertText.of(name), job.status(), InertText.of(job.outputPath()), StopPolicy.CONFIRM_CHARS);
                if (!StopPolicy.confirms(name, answer)) {
                    return CliOutput.error(spec, ExitCodes.BAD_INPUT, "not removed: the answer did not match '%s'"
                            .formatted(StopPolicy.confirmation(name)));
                }
            }
            local.forget(name);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("job", name);
                m.put("status", job.status().text());
                m.put("directory", job.outputPath());
                CliOutput.json(spec.commandLine().getOut(), m);
                return ExitCodes.OK;
            }
            spec.commandLine().getOut().println("Removed %s (%s): %s".formatted(InertText.of(name), job.status(),
                    InertText.of(job.outputPath())));
            return ExitCodes.OK;
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
    }
}
