package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.usecase.TestScoring;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.compare.Comparison;
import dev.sagedeck.app.compare.ComparisonExport;
import dev.sagedeck.app.compare.TestEvaluation;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.domain.ReadableFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sagedeck compare JOB JOB...}: jobs side by side, as the dashboard's = shows them. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare jobs side by side: differing hyperparameters, data, instances, phase durations, cost, metrics.")
public final class CompareCommand extends WiredCommand {

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "JOB", arity = "2..*", description = "Two or more job names (local or SageMaker).")
    List<String> names = new ArrayList<>();

    @Option(names = "--json", description = "Print the comparison as JSON.")
    boolean json;

    @Option(names = "--all", description = "Show every row, also those equal in every job.")
    boolean all;

    @Option(names = "--test", paramLabel = "FILE", description = "Score every job's model on this labelled test CSV (as the dashboard's t).")
    Path test;

    @Option(names = "--sort", paramLabel = "METRIC", description = "Order the jobs by this metric row, best first (e.g. \"test accuracy\").")
    String sort;

    public CompareCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() {
        if (new LinkedHashSet<>(names).size() != names.size()) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "a job is named twice in " + String.join(" ", names) + "; give each job once");
        }
        GlobalOptions g = Globals.of(spec, global);
        test = ArgumentText.testFile(wiring, test, spec.commandLine().getErr());
        java.util.Optional<String> unreadable = test == null ? java.util.Optional.empty() : ReadableFile.why(test);
        if (unreadable.isPresent()) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "--test " + unreadable.get());
        }
        List<TrainingJob> jobs = new ArrayList<>();
        TestEvaluation scored = TestEvaluation.NONE;
        try {
            AllTrainingJobs backends = wiring.backends(g);
            for (String name : names) {
                jobs.add(backends.describe(name));
            }
            if (test != null) {
                scored = score(wiring.modelEvaluation(backends), test.toString());
            }
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        Map<String, Price> prices = wiring.prices(g);
        Comparison c = Comparison.of(jobs, t -> Optional.ofNullable(t == null ? null : prices.get(t)), Instant.now(), all, scored, sort);
        if (sort != null && c.sortedBy() == null) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "--sort %s: no such metric; one of: %s".formatted(sort,
                    c.sortable().isEmpty() ? "(none)" : String.join(", ", c.sortable())));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            CliOutput.json(out, ComparisonExport.tree(c));
        } else {
            print(out, c);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Every job scored on the test file, one after the other, by the evaluation the dashboard uses. */
    private TestEvaluation score(ModelEvaluation evaluation, String file) {
        TestEvaluation t = TestEvaluation.NONE.started(file, names);
        for (String name : names) {
            t = t.withResult(name, file, TestScoring.score(evaluation, name, file));
        }
        return t;
    }

    /** A plain table: a setting column, then one column per job as wide as its widest value; * marks the best value. */
    static void print(PrintWriter out, Comparison c) {
        List<List<String>> table = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(""));
        c.jobs().forEach(j -> head.add(InertText.of(j)));
        table.add(head);
        for (Comparison.Row r : c.rows()) {
            List<String> line = new ArrayList<>(List.of(r.label()));
            for (int i = 0; i < c.jobs().size(); i++) {
                line.add(InertText.of(cell(r, i)));
            }
            table.add(line);
        }
        TextTable.print(out, "", table);
        List<String> notes = new ArrayList<>();
        if (c.hidden() > 0) {
            notes.add(c.hidden() + " rows are equal in every job (--all shows them).");
        }
        if (c.rows().stream().anyMatch(r -> !r.best().isEmpty())) {
            notes.add("* marks the best value.");
        }
        if (c.sortedBy() != null) {
            notes.add("Sorted by " + c.sortedBy() + ", best first.");
        }
        if (!notes.isEmpty()) {
            out.println(String.join(" ", notes));
        }
    }

    private static String cell(Comparison.Row r, int i) {
        return r.values().get(i) + (r.best().contains(i) ? " *" : "");
    }
}
