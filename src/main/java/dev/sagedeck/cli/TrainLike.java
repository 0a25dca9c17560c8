package dev.sagedeck.cli;

import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.app.wizard.CloneSpec;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.ParseResult;

/**
 * {@code train --like JOB [overrides]}: the dashboard's clone of JOB ({@link CloneSpec}) as a local
 * run, with the options given on this command line in place of JOB's values.
 */
final class TrainLike {
    private TrainLike() {}

    /** JOB from the local runs, else (when it is not one) from every backend, so SageMaker is only asked when needed. */
    static TrainingJob describe(String name, AllTrainingJobs local, Supplier<AllTrainingJobs> all) {
        try {
            return local.describe(name);
        } catch (BackendException e) {
            if (e.kind() != BackendException.Kind.NOT_FOUND) {
                throw e;
            }
            return all.get().describe(name);
        }
    }

    static LaunchSpec spec(TrainCommand c, TrainingJob job, Ownership me, Map<String, String> hps) {
        LaunchSpec s = CloneSpec.of(job, me, Backend.LOCAL, false);
        ParseResult given = c.spec.commandLine().getParseResult();
        DataSpec d = s.data();
        if (c.sample != null) {
            d = DataSpec.sample(c.sample);
        } else if (c.train != null || c.test != null || given.hasMatchedOption("--preset") || given.hasMatchedOption("--label")
                || given.hasMatchedOption("--drop")) {
            String train = c.train != null ? c.train : d.train();
            String preset = given.hasMatchedOption("--preset") || given.hasMatchedOption("--label") ? c.prep.chosenPreset(null) : d.preset();
            d = new DataSpec(train, c.test != null ? c.test : d.test(), s.script() != null ? null : preset,
                    given.hasMatchedOption("--label") ? c.prep.label : d.label(), given.hasMatchedOption("--drop") ? c.prep.drop : d.drop(),
                    train == null ? d.sample() : null);
        }
        Map<String, String> merged = new LinkedHashMap<>(s.hyperParameters());
        merged.putAll(hps);
        ScriptSpec script = s.script();
        // the clone's own --metric rules unless rules are given here
        java.util.List<dev.sagedeck.domain.MetricDefinition> rules = !c.metrics.definitions().isEmpty() ? c.metrics.definitions()
                : script == null ? java.util.List.of() : script.metrics();
        if (c.script != null || c.sourceDir != null || !c.metrics.definitions().isEmpty()) {
            String entry = c.script != null ? c.script : script == null ? null : script.entryPoint();
            if (entry == null) {
                throw new IllegalArgumentException("--source-dir and --metric go with --script FILE; %s ran built-in XGBoost"
                        .formatted(job.name()));
            }
            script = new ScriptSpec(entry, c.sourceDir != null ? c.sourceDir : script == null ? null : script.sourceDir(), "python3", null,
                    null, null, rules);
        }
        if (d.train() != null && d.train().startsWith("s3://")) {
            throw new IllegalArgumentException(("%s trained on %s; a local run reads local files: add --train FILE "
                    + "(the same data, downloaded)").formatted(job.name(), d.train()));
        }
        return new LaunchSpec(Backend.LOCAL, c.name, null, d, merged, script, s.resources(), null, null, null);
    }
}
