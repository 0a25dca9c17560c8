package dev.sagedeck.cli;

import static dev.sagedeck.app.wizard.WizardField.*;

import dev.sagedeck.app.wizard.SearchPromotion;
import dev.sagedeck.app.wizard.TuneText;
import dev.sagedeck.app.wizard.WizardChoices;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardSteps;
import dev.sagedeck.app.wizard.WizardTune;
import dev.sagedeck.app.wizard.WizardValidation;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.RangeSyntax;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import picocli.CommandLine.ParseResult;

/**
 * {@code tune --like SEARCH [overrides]}: the dashboard's P on a local search ({@link SearchPromotion}:
 * a SageMaker tuning job with the same ranges, fixed values, strategy, objective and limits), then
 * every option given on this command line in its place, checked by the wizard's own rules.
 */
final class TuneLike {
    /** The option that sets each field, for messages. */
    private static final Map<WizardField, String> OPTION = Map.ofEntries(Map.entry(OUTPUT, "--output"), Map.entry(ROLE, "--role"),
            Map.entry(OBJECTIVE, "--objective"), Map.entry(STRATEGY, "--strategy"), Map.entry(MAX_JOBS, "--max-jobs"),
            Map.entry(MAX_PARALLEL, "--max-parallel"), Map.entry(EARLY_STOPPING, "--early-stopping"), Map.entry(MAX_RUNTIME, "--max-runtime"),
            Map.entry(INSTANCE_COUNT, "--instance-count"), Map.entry(SEARCH_MORE, "--range/--values"), Map.entry(EXTRA, "--hp"),
            Map.entry(NAME, "--name"));

    private TuneLike() {}

    static TuningLaunch launch(TuneCommand c, TuningJob search, TrainingJob record, Ownership me, String defaultOutput) {
        if (search.backend() != Backend.LOCAL) {
            throw new IllegalArgumentException("--like promotes a local search; " + search.name() + " is a SageMaker tuning job already");
        }
        if (!record.status().isFinal()) {
            throw new IllegalArgumentException(TuneText.PROMOTE_SEARCH_NOT_FINISHED.formatted(search.name(), record.status().text()));
        }
        ParseResult given = c.spec.commandLine().getParseResult();
        for (String option : List.of("--local", "--sample", "--train", "--test", "--direction", "--search-seed")) {
            if (given.hasMatchedOption(option)) {
                throw new IllegalArgumentException(option + " does not go with --like: " + (option.equals("--local")
                        ? "--like promotes the local search to SageMaker" : option.equals("--direction")
                        ? "the direction follows the objective" : "the search's own is kept"));
            }
        }
        Map<WizardField, String> v = new EnumMap<>(SearchPromotion.values(search, record, (String) null));
        Map<String, String> fixed = c.prep.hyperParameters(c.unmatched, c.spec);
        fixed.forEach((k, val) -> fix(v, HyperParameterRules.canonicalName(k), val));
        c.ranges.forEach(r -> search(v, RangeSyntax.range(r)));
        c.values.forEach(r -> search(v, RangeSyntax.values(r)));
        set(v, NAME, c.name);
        set(v, STRATEGY, c.strategy == null ? null : c.strategy.trim().toLowerCase(Locale.ROOT));
        set(v, OBJECTIVE, c.objective);
        set(v, MAX_JOBS, c.maxJobs == null ? null : c.maxJobs.toString());
        set(v, MAX_PARALLEL, c.maxParallel == null ? null : c.maxParallel.toString());
        set(v, EARLY_STOPPING, c.earlyStopping == null ? null : c.earlyStopping.trim().toLowerCase(Locale.ROOT));
        set(v, OUTPUT, c.output != null ? c.output : v.getOrDefault(OUTPUT, "").isEmpty() ? defaultOutput : null);
        set(v, ROLE, c.role);
        if (given.hasMatchedOption("--instance-type")) set(v, INSTANCE_TYPE, c.instanceType);
        if (given.hasMatchedOption("--instance-count")) set(v, INSTANCE_COUNT, Integer.toString(c.instanceCount));
        if (given.hasMatchedOption("--max-runtime")) set(v, MAX_RUNTIME, Long.toString(c.maxRuntime));
        if (c.spot) set(v, SPOT, WizardChoices.YES);
        if (given.hasMatchedOption("--max-wait")) set(v, MAX_WAIT, Long.toString(c.maxWait));
        set(v, IMAGE_VERSION, c.imageVersion);
        Map<WizardField, String> errors = WizardValidation.errors(v, null);
        boolean noRole = v.getOrDefault(ROLE, "").isBlank();
        for (WizardField f : WizardSteps.allVisible(v)) {
            String problem = errors.get(f);
            if (problem != null && !(f == ROLE && noRole)) { // no role: the notebook instance's, as for every tune
                throw new IllegalArgumentException(f.label() + (OPTION.containsKey(f) ? " (" + OPTION.get(f) + ")" : "") + ": " + problem);
            }
        }
        TuningLaunch launch = SearchPromotion.launch(record, v, me);
        if (noRole) {
            LaunchSpec b = launch.base();
            launch = new TuningLaunch(new LaunchSpec(b.backend(), b.name(), b.owner(), b.data(), b.hyperParameters(), b.script(), b.resources(),
                    null, b.outputPath(), b.imageVersion(), b.budgetUsd(), b.settings()), launch.plan());
        }
        return launch;
    }

    private static void set(Map<WizardField, String> v, WizardField f, String value) {
        if (value != null) {
            v.put(f, value.trim());
        }
    }

    /** A searched hyperparameter given here: in its own field for the lesson's five, else in place of the search's range of that name. */
    private static void search(Map<WizardField, String> v, ParameterRange r) {
        String text = r.text().substring(r.name().length() + 1);
        for (WizardField f : WizardTune.RANGES) {
            if (WizardTune.hyperParameter(f).equals(r.name())) {
                v.put(f, text);
                return;
            }
        }
        StringJoiner more = new StringJoiner(" ");
        for (String token : v.getOrDefault(SEARCH_MORE, "").trim().split("\\s+")) {
            if (!token.isEmpty() && !token.startsWith(r.name() + "=")) {
                more.add(token);
            }
        }
        more.add(r.text());
        v.put(SEARCH_MORE, more.toString());
    }

    /** A fixed hyperparameter given here: fixed instead of searched (its range dropped), the rest as the search had it. */
    private static void fix(Map<WizardField, String> v, String name, String value) {
        for (WizardField f : WizardTune.RANGES) {
            if (WizardTune.hyperParameter(f).equals(name)) {
                v.put(f, "");
                v.put(WizardTune.fixedField(f), value);
                return;
            }
        }
        StringJoiner more = new StringJoiner(" ");
        for (String token : v.getOrDefault(SEARCH_MORE, "").trim().split("\\s+")) {
            if (!token.isEmpty() && !token.startsWith(name + "=")) {
                more.add(token);
            }
        }
        v.put(SEARCH_MORE, more.toString());
        StringJoiner extra = new StringJoiner(" ");
        for (String token : v.getOrDefault(EXTRA, "").trim().split("\\s+")) {
            if (!token.isEmpty() && !token.startsWith(name + "=")) {
                extra.add(token);
            }
        }
        extra.add(name + "=" + value);
        v.put(EXTRA, extra.toString());
    }
}
