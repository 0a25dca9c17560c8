package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.InertText;
import dev.sagedeck.domain.ReadableFile;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.port.Preflight;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code sagedeck check}: the lesson's pre-flight checks, each PASS / WARN / FAIL with its number. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, description = {"Run the pre-flight checks before you scale up; exit 1 if any FAILs.",
        "The data loads, the model can overfit 100 rows, the loss goes down, time and memory estimates, save-and-reload."})
public final class CheckCommand extends WiredCommand {
    private final Preflight checks;

    @Mixin
    GlobalOptions global;

    @Mixin
    PreprocessingOptions prep;

    @Option(names = "--sample", paramLabel = "NAME", description = "Check a bundled sample: titanic.")
    String sample;

    @Option(names = "--train", paramLabel = "FILE", description = "Check this training CSV.")
    Path train;

    @Option(names = "--json", description = "Print the checks as JSON.")
    boolean json;

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    public CheckCommand(Wiring wiring) {
        this(wiring, wiring.preflight());
    }

    CheckCommand(Wiring wiring, Preflight checks) {
        super(wiring);
        this.checks = checks;
    }

    @Override
    public Integer call() throws IOException {
        Map<String, String> hps;
        try {
            hps = prep.hyperParameters(unmatched, spec);
        } catch (IllegalArgumentException e) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        }
        if ((sample == null) == (train == null)) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "give the data to check: --sample titanic or --train FILE (one of them)");
        }
        if (sample != null && !TrainCommand.SAMPLES.contains(sample)) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "unknown sample '%s'; bundled samples: %s"
                    .formatted(InertText.of(sample), String.join(", ", TrainCommand.SAMPLES)));
        }
        java.util.Optional<String> unreadable = train == null ? java.util.Optional.empty() : ReadableFile.why(train);
        if (unreadable.isPresent()) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "--train " + unreadable.get());
        }
        try {
            String chosen = prep.chosenPreset(sample);
            Map<String, String> used = sample != null ? dev.sagedeck.domain.HyperParameterRules.onLessonValues(hps) : hps;
            DataSpec data = new DataSpec(train == null ? null : train.toString(), null, chosen, prep.label, prep.drop, sample);
            List<CheckResult> results = checks.check(data, used);
            print(results);
            return results.stream().anyMatch(c -> c.verdict() == CheckResult.Verdict.FAIL) ? ExitCodes.FAILED : ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        } catch (UnsupportedOperationException | java.io.UncheckedIOException e) {
            return CliOutput.error(spec, ExitCodes.FAILED, e.getMessage());
        }
    }

    private void print(List<CheckResult> results) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CheckResult c : results) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("name", c.name());
                m.put("verdict", c.verdict().name());
                m.put("detail", c.detail());
                rows.add(m);
            }
            CliOutput.json(out, rows);
            return;
        }
        for (CheckResult c : results) {
            out.printf("%-4s  %-28s %s%n", c.verdict().name(), InertText.of(c.name()), InertText.of(c.detail()));
        }
        out.flush();
    }
}
