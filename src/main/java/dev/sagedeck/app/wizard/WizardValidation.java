package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardField.*;

import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.JobNames;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The wizard's inline validation: one specific message per field that is wrong, checked on every
 * key press. Only fields the chosen path shows are checked; nothing here touches a disk or AWS
 * (existence checks are the pre-submit checks on the review step).
 */
public final class WizardValidation {
    /** SageMaker's longest allowed MaxRuntimeInSeconds: 28 days. */
    static final long MAX_RUNTIME_LIMIT = 28L * 86400;

    private WizardValidation() {}

    /** Problems by field; {@code awsProblem} is why SageMaker cannot be used, or null when it can. */
    public static Map<WizardField, String> errors(Map<WizardField, String> v, String awsProblem) {
        Map<WizardField, String> out = new EnumMap<>(WizardField.class);
        List<WizardField> visible = WizardSteps.allVisible(v);
        for (WizardField f : visible) {
            problem(f, v, awsProblem).ifPresent(p -> out.put(f, p));
        }
        WizardTune.errors(v).forEach((f, p) -> {
            if (visible.contains(f)) {
                out.putIfAbsent(f, p);
            }
        });
        return out;
    }

    static Optional<String> problem(WizardField f, Map<WizardField, String> v, String awsProblem) {
        String t = v.getOrDefault(f, "").trim();
        boolean sm = WizardSteps.sageMaker(v);
        switch (f) {
            case WHERE:
                return sm && awsProblem != null ? Optional.of(WizardText.SAGEMAKER_UNAVAILABLE.formatted(awsProblem)) : Optional.empty();
            case SOURCE:
                return sm && WizardChoices.DEMO.equals(t) ? Optional.of(WizardText.DEMO_LOCAL_ONLY) : Optional.empty();
            case NAME:
                return t.isEmpty() ? Optional.empty() : JobNames.problem(t);
            case TRAIN:
                return t.isEmpty() ? Optional.of(WizardText.TRAIN_REQUIRED) : location("training data", t, sm);
            case TEST:
                return t.isEmpty() ? Optional.empty() : location("test file", t, sm);
            case LABEL:
                return t.isEmpty() ? Optional.of(WizardText.LABEL_REQUIRED) : Optional.empty();
            case ENTRY_POINT:
                return t.isEmpty() ? Optional.of(WizardText.ENTRY_POINT_REQUIRED) : Optional.empty();
            case MAX_DEPTH:
            case ETA:
            case SUBSAMPLE:
            case COLSAMPLE_BYTREE:
            case NUM_ROUND:
                // a script takes what it parses: XGBoost's five may stay empty (not sent), as with launch --script
                return t.isEmpty() && WizardSteps.script(v) ? Optional.empty() : HyperParameterRules.problem(f.key(), t);
            case METRICS:
                return metrics(t);
            case EXTRA:
                return ExtraParams.problem(t);
            case TUNE:
                return WizardTune.toggleProblem(v);
            case INSTANCE_COUNT:
                return instanceCount(t);
            case MAX_RUNTIME:
                return duration("max runtime", t);
            case BUDGET:
                return t.isEmpty() || WizardSpec.budget(t) != null ? Optional.empty() : Optional.of(WizardText.BUDGET_SHAPE.formatted(t));
            case MAX_WAIT:
                return maxWait(t, v.getOrDefault(MAX_RUNTIME, ""));
            case ROLE:
                if (t.isEmpty()) {
                    return Optional.of(WizardText.ROLE_REQUIRED);
                }
                return t.matches("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,128}") ? Optional.empty()
                        : Optional.of(WizardText.ROLE_SHAPE.formatted(t));
            case OUTPUT:
                if (t.isEmpty()) {
                    return Optional.of(WizardText.OUTPUT_REQUIRED);
                }
                return S3Uris.isS3(t) ? S3Uris.problem("output", t) : Optional.of(WizardText.OUTPUT_NOT_S3.formatted(t));
            default:
                return Optional.empty();
        }
    }

    /** One count (1 to 100), or the experiment's several ("1,2"): each once, at most five. */
    private static Optional<String> instanceCount(String t) {
        if (!t.matches("\\d{1,3}(\\s*,\\s*\\d{1,3})*")) {
            return Optional.of(WizardText.COUNT_RANGE.formatted(t.isEmpty() ? "nothing" : t));
        }
        List<Integer> counts = WizardSettings.counts(t);
        if (counts.stream().anyMatch(n -> n < 1 || n > dev.sagedeck.domain.InstanceCounts.MAX_INSTANCES)) {
            return Optional.of(WizardText.COUNT_RANGE.formatted(t));
        }
        return dev.sagedeck.domain.InstanceCounts.problem(counts).map(p -> WizardText.COUNTS_PROBLEM.formatted(t));
    }

    /** launch's --metric rule: each NAME=REGEX a regular expression with a group, names unique, at most 40. */
    private static Optional<String> metrics(String t) {
        try {
            dev.sagedeck.domain.ScriptMetrics.check(dev.sagedeck.domain.ScriptMetrics.parseList(t));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> location(String what, String t, boolean sageMaker) {
        if (S3Uris.isS3(t)) {
            return sageMaker ? S3Uris.problem(what, t) : Optional.of(WizardText.LOCAL_NOT_S3.formatted(what, t));
        }
        if (t.contains("://")) {
            return Optional.of(WizardText.NOT_A_LOCATION.formatted(what, t));
        }
        return Optional.empty();
    }

    private static Optional<String> duration(String what, String t) {
        OptionalLong s = Durations.seconds(t);
        if (s.isEmpty() || s.getAsLong() < 1 || s.getAsLong() > MAX_RUNTIME_LIMIT) {
            return Optional.of(WizardText.DURATION_SHAPE.formatted(what, t.isEmpty() ? "nothing" : t));
        }
        return Optional.empty();
    }

    private static Optional<String> maxWait(String wait, String runtime) {
        Optional<String> shape = duration("max wait", wait);
        if (shape.isPresent()) {
            return shape;
        }
        OptionalLong w = Durations.seconds(wait);
        OptionalLong r = Durations.seconds(runtime);
        if (r.isPresent() && w.getAsLong() < r.getAsLong()) {
            return Optional.of(WizardText.WAIT_BELOW_RUNTIME.formatted(Durations.text(w.getAsLong()), Durations.text(r.getAsLong())));
        }
        return Optional.empty();
    }
}
