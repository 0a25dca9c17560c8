package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.ModelEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sagedeck evaluate JOB --test FILE}: scores the job's model on a labelled CSV. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Score a job's model on a CSV with the label column: accuracy, AUC, logloss, confusion matrix (or RMSE, MAE).")
public final class EvaluateCommand extends JobCommand {
    private final Function<AllTrainingJobs, ModelEvaluation> evaluation;

    @Option(names = "--test", paramLabel = "FILE", required = true, description = "Labelled CSV to evaluate on.")
    Path test;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    boolean json;

    public EvaluateCommand(Wiring wiring) {
        this(wiring, wiring::modelEvaluation);
    }

    EvaluateCommand(Wiring wiring, Function<AllTrainingJobs, ModelEvaluation> evaluation) {
        super(wiring);
        this.evaluation = evaluation;
    }

    @Override
    public Integer call() {
        test = ArgumentText.testFile(wiring, test, spec.commandLine().getErr());
        try {
            AllTrainingJobs jobs = wiring.backends(Globals.of(spec, global));
            TrainingJob job = jobs.describe(name);
            ModelEvaluation.Scores result = evaluation.apply(jobs).evaluate(name, test);
            print(job, result);
            return ExitCodes.OK;
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        } catch (IllegalArgumentException e) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        } catch (UnsupportedOperationException | java.io.UncheckedIOException e) {
            return CliOutput.error(spec, ExitCodes.FAILED, e.getMessage());
        }
    }

    private void print(TrainingJob job, ModelEvaluation.Scores r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", job.name());
            m.put("testFile", test.toAbsolutePath().toString());
            m.put("rows", r.rows());
            m.put("metrics", r.metrics());
            m.put("confusionMatrix", r.confusionMatrix());
            CliOutput.json(out, m);
            return;
        }
        out.printf("%s on %s (%d rows)%n", job.name(), test, r.rows());
        r.metrics().forEach((k, v) -> out.printf("  %-10s %s%n", k + ":", Formats.metric(v)));
        if (!r.confusionMatrix().isEmpty()) {
            out.println("  Confusion matrix (rows: actual, columns: predicted):");
            for (List<Long> row : r.confusionMatrix()) {
                StringBuilder line = new StringBuilder("   ");
                row.forEach(n -> line.append(String.format(" %6d", n)));
                out.println(line);
            }
        }
        out.flush();
    }
}
