package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.InertText;
import dev.sagedeck.port.BackendException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sagedeck fetch-model JOB}: downloads and unpacks a job's model (SageMaker model.tar.gz, or a local run's model dir). */
@Command(name = "fetch-model", mixinStandardHelpOptions = true,
        description = {"Download a job's model into a directory: a SageMaker job's model.tar.gz is fetched with a progress bar "
                + "and unpacked safely; a local run's model directory is copied. Nothing in DIR is replaced without --force, "
                + "and nothing is written through a link.",
                "Then: sagedeck evaluate JOB --test FILE, or load the file with XGBoost."})
public final class FetchModelCommand extends JobCommand {
    @Option(names = "--dir", paramLabel = "DIR", description = "Where to put it (default ./<job>-model).")
    Path dir;

    @Option(names = "--force", description = "Replace files of the same name already in DIR (never without it).")
    boolean force;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    public FetchModelCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path target = dir != null ? dir : Path.of(name + "-model");
        try {
            var jobs = wiring.backends(Globals.of(spec, global), new ProgressLine(spec.commandLine().getErr()));
            Path model = ModelPlacement.fetch(target, force, fresh -> jobs.fetchModel(name, fresh));
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", name);
                m.put("directory", target.toAbsolutePath().toString());
                m.put("model", model.toAbsolutePath().toString());
                CliOutput.json(out, m);
            } else {
                out.println(model.toAbsolutePath());
                spec.commandLine().getErr().println("Model of " + InertText.of(name) + " is in " + target.toAbsolutePath()
                        + ". Evaluate it: sagedeck evaluate " + name + " --test FILE");
            }
            out.flush();
            spec.commandLine().getErr().flush();
            return ExitCodes.OK;
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
    }
}
