package dev.sagedeck.app.view;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.wizard.ExtraParams;
import dev.sagedeck.app.wizard.InstanceTypes;
import dev.sagedeck.app.S3BrowseUpdate;
import dev.sagedeck.app.wizard.S3Uris;
import dev.sagedeck.app.wizard.WizardChoices;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardStep;
import dev.sagedeck.app.wizard.WizardSteps;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.app.wizard.TuneText;
import dev.sagedeck.app.wizard.WizardTune;
import dev.sagedeck.domain.HyperParameterRules;
import java.util.ArrayList;
import java.util.List;

/** The lines of one wizard field: label and value (an input box when focused), its problem, and what it means. */
final class WizardFieldLines {
    static final int LABEL = 20;

    private WizardFieldLines() {}

    static List<Line> of(AppState s, WizardState w, WizardField f, int width) {
        List<Line> out = new ArrayList<>();
        boolean focused = f == w.focus();
        String text = w.value(f);
        Line line = Line.of(TextFit.pad((focused ? "> " : "  ") + f.label(), LABEL), focused ? Role.TITLE : Role.DIM);
        int room = Math.max(4, width - LABEL - 2);
        if (f.kind() == WizardField.Kind.CHOICE) {
            String shown = WizardChoices.display(f, text);
            line = focused ? line.plus("< " + shown + " >", Role.INPUT) : line.plus(shown, Role.NORMAL);
        } else if (focused) {
            line = FieldCursor.spans(line.plus("[", Role.INPUT), FieldCursor.window(w.editor(), room - 2), Role.INPUT).plus("]", Role.INPUT);
        } else {
            line = line.plus(text.isEmpty() ? hintWhenEmpty(w, f) : TextFit.end(text, room), text.isEmpty() ? Role.DIM : Role.NORMAL);
        }
        line = line.plus(suffix(s, f, text), Role.DIM);
        out.add(line);
        String problem = w.errors().get(f);
        if (problem != null) {
            out.add(Line.of(" ".repeat(LABEL) + "! " + problem, Role.ERROR));
        }
        if (focused && problem == null && (f == WizardField.TRAIN || f == WizardField.TEST) && S3Uris.isS3(text)) {
            out.add(Line.of(" ".repeat(LABEL) + WizardText.BROWSE_HINT.formatted(S3BrowseUpdate.browseKey(s)), Role.NOTE));
        }
        if (f == WizardField.EXTRA) {
            ExtraParams.warnings(text).forEach(warn -> out.add(Line.of(" ".repeat(LABEL) + "? " + warn, Role.WARN)));
        }
        if (f == WizardField.INSTANCE_COUNT) {
            out.add(Line.of(" ".repeat(LABEL) + WizardText.COUNT_ADVICE, Role.NOTE));
        }
        if (f == WizardField.FRAMEWORK && !s.session().frameworks().loaded()) {
            String unreadable = s.session().frameworks().problem();
            out.add(unreadable == null || s.busy(dev.sagedeck.app.Effect.LoadFrameworks.KEY)
                    ? Line.of(" ".repeat(LABEL) + WizardText.FRAMEWORKS_LOADING, Role.NOTE)
                    : Line.of(" ".repeat(LABEL) + "! " + WizardText.FRAMEWORKS_UNREADABLE.formatted(unreadable), Role.WARN));
        }
        if (f == WizardField.MAX_PARALLEL && !WizardSteps.sageMaker(w.values())) {
            out.add(Line.of(" ".repeat(LABEL) + TuneText.PARALLEL_LOCAL.strip(), Role.NOTE));
        }
        if (f == WizardField.DATA_DISTRIBUTION) {
            out.add(Line.of(" ".repeat(LABEL) + WizardText.DISTRIBUTION_ADVICE, Role.NOTE));
        }
        return out;
    }

    /** What follows a value: the range and the lesson's value of a hyperparameter, an instance's shape and price. */
    private static String suffix(AppState s, WizardField f, String text) {
        if (f == WizardField.INSTANCE_TYPE) {
            String shape = InstanceTypes.find(text).map(InstanceTypes.InstanceType::shape).orElse("");
            String price = s.session().price(text).map(p -> hourly(p.usdPerHour())).orElse("price unknown");
            return "  " + shape + ", " + price;
        }
        return HyperParameterRules.rule(f.key()).filter(r -> isHyperParameter(f))
                .map(r -> "  lesson " + r.lessonValue() + ", default " + r.defaultValue()).orElse("");
    }

    /** Hourly prices keep their third decimal ($0.115/h), as AWS lists them. */
    static String hourly(double usd) {
        String t = String.format(java.util.Locale.ROOT, "$%.3f", usd);
        return (t.endsWith("0") ? t.substring(0, t.length() - 1) : t) + "/h";
    }

    private static boolean isHyperParameter(WizardField f) {
        return f.ordinal() >= WizardField.MAX_DEPTH.ordinal() && f.ordinal() <= WizardField.NUM_ROUND.ordinal();
    }

    private static String hintWhenEmpty(WizardState w, WizardField f) {
        if (WizardTune.RANGES.contains(f)) {
            return TuneText.FIXED_HINT.formatted(w.value(WizardTune.fixedField(f)));
        }
        switch (f) {
            case NAME: return "(generated)";
            case TEST: return "(none)";
            case SOURCE_DIR: return "(the script's directory)";
            case EXTRA: return "(none)";
            case METRICS: return "(round lines only)";
            case MAX_DEPTH: case ETA: case SUBSAMPLE: case COLSAMPLE_BYTREE: case NUM_ROUND: return "(not given to the script)";
            default: return "(empty)";
        }
    }

    /** Notes under a step's fields: the sample's shape, and why SageMaker is off. */
    static List<Line> notes(AppState s, WizardState w) {
        List<Line> out = new ArrayList<>();
        if (w.step() == WizardStep.WHERE && s.session().awsProblem() != null) {
            out.add(Line.blank());
            out.add(Line.of("SageMaker is disabled: " + s.session().awsProblem() + ".", Role.WARN));
        }
        if (w.step() == WizardStep.DATA && dev.sagedeck.app.wizard.WizardChoices.DEMO.equals(w.value(WizardField.SOURCE))) {
            out.add(Line.blank());
            out.add(Line.of(dev.sagedeck.app.wizard.WizardText.DEMO_NOTE, Role.NOTE));
        } else if (w.step() == WizardStep.DATA && !WizardSteps.fromFile(w.values())) {
            out.add(Line.blank());
            out.add(Line.of("Bundled Titanic sample: 713 training rows, 178 test rows, preset titanic (the lesson's data).", Role.NOTE));
        }
        if (w.step() == WizardStep.DATA && WizardSteps.fromFile(w.values()) && WizardSteps.script(w.values())) {
            out.add(Line.blank());
            out.add(Line.of("Script mode: your script does its own preprocessing (no preset or label here).", Role.NOTE));
        }
        return out;
    }

    static String help(WizardField f) {
        if (f == null) {
            return "";
        }
        switch (f) {
            case START_FROM: return WizardText.HELP_START_FROM;
            case WHERE: return WizardText.HELP_WHERE;
            case NAME: return WizardText.HELP_NAME;
            case SOURCE: return WizardText.HELP_SOURCE;
            case TRAIN: return WizardText.HELP_TRAIN;
            case PRESET: return WizardText.HELP_PRESET;
            case LABEL: return "The column to predict.";
            case TEST: return WizardText.HELP_TEST;
            case MODE: return WizardText.HELP_MODE;
            case ENTRY_POINT: return WizardText.HELP_ENTRY;
            case SOURCE_DIR: return WizardText.HELP_SOURCE_DIR;
            case FRAMEWORK: return WizardText.HELP_FRAMEWORK;
            case EXTRA: return WizardText.HELP_EXTRA;
            case METRICS: return WizardText.HELP_METRICS;
            case TEST_DISTRIBUTION: return WizardText.HELP_TEST_DISTRIBUTION;
            case INSTANCE_TYPE: return WizardText.HELP_INSTANCE;
            case INSTANCE_COUNT: return WizardText.COUNT_ADVICE;
            case SPOT: return WizardText.HELP_SPOT;
            case MAX_WAIT: return WizardText.HELP_MAX_WAIT;
            case MAX_RUNTIME: return WizardText.HELP_MAX_RUNTIME;
            case BUDGET: return WizardText.HELP_BUDGET;
            case ROLE: return WizardText.HELP_ROLE;
            case OUTPUT: return WizardText.HELP_OUTPUT;
            case IMAGE_VERSION: return WizardText.HELP_IMAGE;
            case PY_VERSION: return WizardText.HELP_PY_VERSION;
            case DISTRIBUTION: return WizardText.HELP_DISTRIBUTION;
            case TUNE: return TuneText.HELP_TUNE;
            case SEARCH_MORE: return TuneText.HELP_MORE;
            case STRATEGY: return TuneText.HELP_STRATEGY_MANAGED + " " + TuneText.HELP_STRATEGY_LOCAL;
            case OBJECTIVE: return TuneText.HELP_OBJECTIVE;
            case MAX_JOBS: return TuneText.HELP_MAX_JOBS;
            case MAX_PARALLEL: return TuneText.HELP_MAX_PARALLEL;
            case EARLY_STOPPING: return TuneText.HELP_EARLY;
            case SEARCH_MAX_DEPTH:
            case SEARCH_ETA:
            case SEARCH_SUBSAMPLE:
            case SEARCH_COLSAMPLE_BYTREE:
            case SEARCH_NUM_ROUND:
                return TuneText.HELP_RANGE;
            default:
                return HyperParameterRules.rule(f.key()).map(r -> f.key() + ": " + r.help() + " Allowed: " + r.range() + ".").orElse("");
        }
    }
}
