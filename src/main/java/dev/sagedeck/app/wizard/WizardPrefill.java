package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardField.*;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptMetrics;
import dev.sagedeck.domain.TrainingJob;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Where the wizard's first values come from: defaults, the last run's values, or a job to clone or promote. */
public final class WizardPrefill {
    /** How the bundled sample appears as a local job's channel source. */
    static final String SAMPLE_SOURCE = "sample:titanic";
    private static final List<WizardField> FIVE = List.of(MAX_DEPTH, ETA, SUBSAMPLE, COLSAMPLE_BYTREE, NUM_ROUND);

    private WizardPrefill() {}

    /**
     * The lesson's recipe on the bundled sample, here. The last run's values are never applied
     * silently: when there are some, "Start from" offers them ({@link #startFrom}).
     */
    public static Map<WizardField, String> initial(Map<String, String> remembered, String defaultRole) {
        Map<WizardField, String> v = lesson(defaultRole);
        v.put(START_FROM, remembered.isEmpty() ? "" : WizardChoices.LESSON);
        return v;
    }

    /** "Start from" changed: the lesson's values, or the last run's on top of them (never its name). */
    public static Map<WizardField, String> startFrom(String choice, Map<String, String> remembered, String defaultRole,
            Map<WizardField, String> current) {
        Map<WizardField, String> v = lesson(defaultRole);
        if (WizardChoices.LAST_RUN.equals(choice)) {
            for (WizardField f : WizardField.values()) {
                String last = remembered.get(f.key());
                if (last != null && f != NAME && f != START_FROM) {
                    v.put(f, last);
                }
            }
        }
        v.put(NAME, current.getOrDefault(NAME, ""));
        v.put(START_FROM, choice);
        return v;
    }

    private static Map<WizardField, String> lesson(String defaultRole) {
        Map<WizardField, String> v = new EnumMap<>(WizardField.class);
        v.put(WHERE, WizardChoices.LOCAL);
        v.put(NAME, "");
        v.put(SOURCE, WizardChoices.SAMPLE);
        v.put(TRAIN, "");
        v.put(PRESET, "titanic");
        v.put(LABEL, "");
        v.put(TEST, "");
        v.put(MODE, WizardChoices.BUILT_IN);
        v.put(ENTRY_POINT, "");
        v.put(SOURCE_DIR, "");
        v.put(FRAMEWORK, "xgboost");
        HyperParameterRules.lessonValues().forEach((k, val) -> v.put(WizardField.valueOf(k.toUpperCase(java.util.Locale.ROOT)), val));
        v.put(EXTRA, "");
        v.put(METRICS, "");
        v.put(INSTANCE_TYPE, "ml.m5.large");
        v.put(INSTANCE_COUNT, "1");
        v.put(DATA_DISTRIBUTION, dev.sagedeck.domain.JobSettings.FULLY_REPLICATED);
        v.put(TEST_DISTRIBUTION, dev.sagedeck.domain.JobSettings.FULLY_REPLICATED);
        v.put(CHECKPOINTS, WizardChoices.NEW_CHECKPOINTS);
        v.put(RESUME_FROM, "");
        v.put(SPOT, WizardChoices.NO);
        v.put(MAX_WAIT, "2h");
        v.put(MAX_RUNTIME, "1h");
        v.put(BUDGET, "");
        v.put(ROLE, defaultRole == null ? "" : defaultRole);
        v.put(OUTPUT, "");
        v.put(IMAGE_VERSION, WizardChoices.XGBOOST_VERSIONS.get(0));
        v.put(PY_VERSION, "");
        v.put(DISTRIBUTION, WizardChoices.NO_DISTRIBUTION);
        v.put(START_FROM, "");
        // a search is off until asked for; when it is, max_depth and eta are searched, the rest fixed
        v.put(TUNE, WizardChoices.NO);
        WizardTune.RANGES.forEach(f -> v.put(f, ""));
        v.put(SEARCH_MAX_DEPTH, "3:9");
        v.put(SEARCH_ETA, "0.01:0.3:log");
        v.put(SEARCH_MORE, "");
        v.put(STRATEGY, "random");
        v.put(OBJECTIVE, dev.sagedeck.domain.tuning.Objective.DEFAULT.metric());
        v.put(MAX_JOBS, Integer.toString(dev.sagedeck.domain.tuning.TuningRules.DEFAULT_MAX_JOBS));
        v.put(MAX_PARALLEL, "2");
        v.put(EARLY_STOPPING, "off");
        return v;
    }

    /** What is remembered for next time: every field but the name (and the choice of where to start). */
    public static Map<String, String> remember(Map<WizardField, String> v) {
        Map<String, String> out = new java.util.TreeMap<>();
        v.forEach((f, t) -> {
            if (f != NAME && f != START_FROM && f != CHECKPOINTS && f != RESUME_FROM) { // resuming belongs to one clone
                out.put(f.key(), t);
            }
        });
        return out;
    }

    /** A clone: {@code base} with the job's backend, data, hyperparameters and resources. */
    public static Map<WizardField, String> fromJob(TrainingJob j, Map<WizardField, String> base) {
        Map<WizardField, String> v = new EnumMap<>(base);
        v.put(NAME, "");
        v.put(START_FROM, ""); // a clone starts from the job, nothing else to choose
        v.put(WHERE, j.backend() == Backend.SAGEMAKER ? WizardChoices.SAGEMAKER : WizardChoices.LOCAL);
        String train = channel(j, "train");
        if (train == null || train.startsWith("sample:")) {
            v.put(SOURCE, WizardChoices.SAMPLE);
        } else {
            v.put(SOURCE, WizardChoices.FILE);
            v.put(TRAIN, train);
            String test = channel(j, "test");
            v.put(TEST, test == null ? "" : test);
        }
        // how the built-in algorithm read the data, from the tags sagedeck puts on the runs it starts
        String preset = j.tags().get(dev.sagedeck.domain.RunTags.PRESET);
        if (preset != null) {
            v.put(PRESET, preset);
        }
        v.put(LABEL, j.tags().getOrDefault(dev.sagedeck.domain.RunTags.LABEL, ""));
        hyperParameters(j.hyperParameters(), v);
        script(j, v);
        Resources r = j.resources();
        if (r != null && j.backend() == Backend.SAGEMAKER) {
            if (InstanceTypes.find(r.instanceType()).isPresent()) {
                v.put(INSTANCE_TYPE, r.instanceType());
            }
            v.put(INSTANCE_COUNT, Integer.toString(r.instanceCount()));
            if (r.maxRuntimeSeconds() > 0) {
                v.put(MAX_RUNTIME, Durations.text(r.maxRuntimeSeconds()));
            }
            Double budget = dev.sagedeck.domain.RunTags.budgetUsd(j.tags());
            if (budget != null) {
                v.put(BUDGET, String.format(java.util.Locale.ROOT, "%.2f", budget));
            }
            v.put(SPOT, r.managedSpot() ? WizardChoices.YES : WizardChoices.NO);
            v.put(DATA_DISTRIBUTION, j.settings().distributionOf("train"));
            v.put(TEST_DISTRIBUTION, j.settings().distributionOf(j.settings().distribution().containsKey("test") ? "test" : "validation"));
            String checkpoints = j.settings().checkpointUri();
            v.put(RESUME_FROM, checkpoints == null ? "" : checkpoints);
            v.put(CHECKPOINTS, WizardChoices.NEW_CHECKPOINTS);
            if (r.managedSpot() && r.maxWaitSeconds() > 0) {
                v.put(MAX_WAIT, Durations.text(r.maxWaitSeconds()));
            }
        }
        if (j.roleArn() != null) {
            v.put(ROLE, j.roleArn());
        }
        if (j.outputPath() != null && j.outputPath().startsWith("s3://")) {
            v.put(OUTPUT, j.outputPath());
        }
        String version = imageVersion(j.image());
        if (version != null) {
            v.put(IMAGE_VERSION, version);
        }
        return v;
    }

    /** A promote: the clone of a local run, moved to SageMaker with the same data and hyperparameters. */
    public static Map<WizardField, String> promote(TrainingJob j, Map<WizardField, String> base) {
        Map<WizardField, String> v = fromJob(j, base);
        v.put(WHERE, WizardChoices.SAGEMAKER);
        if (WizardChoices.SCRIPT.equals(v.get(MODE))) {
            v.put(FRAMEWORK, "xgboost");
        }
        return v;
    }

    private static void hyperParameters(Map<String, String> hp, Map<WizardField, String> v) {
        StringJoiner extra = new StringJoiner(" ");
        new java.util.TreeMap<>(hp).forEach((k, val) -> {
            String key = HyperParameterRules.canonicalName(k);
            WizardField own = FIVE.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
            if (own != null) {
                v.put(own, val);
            } else if (!key.startsWith("sagemaker_") && !tensorflowModelDir(key, val)) { // script mode's own bookkeeping, set again at launch
                extra.add(key + "=" + val);
            }
        });
        v.put(EXTRA, extra.toString());
    }

    /**
     * Script mode shows in a local job's image ("local: python3 train.py") or SageMaker's
     * sagemaker_program; a script job's own metric rules come back in the Metrics field (sagedeck's
     * round-line defaults are added again at launch).
     */
    private static void script(TrainingJob j, Map<WizardField, String> v) {
        String program = j.hyperParameters().get("sagemaker_program");
        String image = j.image() == null ? "" : j.image();
        v.put(METRICS, "");
        if (program != null) {
            v.put(MODE, WizardChoices.SCRIPT);
            v.put(ENTRY_POINT, program.replace("\"", ""));
            v.put(FRAMEWORK, framework(image));
            FrameworkTag.of(image).ifPresent(t -> v.put(PY_VERSION, t.pyVersion()));
            v.put(DISTRIBUTION, FrameworkTag.distribution(j.hyperParameters()));
            v.put(METRICS, ScriptMetrics.fieldText(ScriptMetrics.userRules(j.metricDefinitions())));
        } else if (image.startsWith("local: ") && !image.contains("built-in")) {
            v.put(MODE, WizardChoices.SCRIPT);
            // "local: python3 FILE": FILE may hold spaces
            v.put(ENTRY_POINT, image.substring(image.indexOf(' ', "local: ".length()) + 1));
            v.put(METRICS, ScriptMetrics.fieldText(ScriptMetrics.userRules(j.metricDefinitions())));
        } else {
            v.put(MODE, WizardChoices.BUILT_IN);
        }
    }

    /** TensorFlow's {@code model_dir}, which the launch sets to the new job's own {@code <output>/<job>/model}. */
    private static boolean tensorflowModelDir(String key, String value) {
        return key.equals("model_dir") && value.startsWith("\"s3://") && value.endsWith("/model\"");
    }

    /** The script-mode framework an image belongs to. */
    static String framework(String image) {
        if (image.contains("/pytorch-training") || image.contains("/sagemaker-pytorch")) {
            return dev.sagedeck.domain.FrameworkCatalog.PYTORCH;
        }
        if (image.contains("/tensorflow-training") || image.contains("/sagemaker-tensorflow")) {
            return dev.sagedeck.domain.FrameworkCatalog.TENSORFLOW;
        }
        return image.contains("scikit-learn") || image.contains("sklearn") ? "sklearn" : "xgboost";
    }

    static String channel(TrainingJob j, String name) {
        return j.channels().stream().filter(c -> c.name().equals(name)).map(Channel::uri).findFirst().orElse(null);
    }

    /** ".../sagemaker-xgboost:1.7-1" -> "1.7-1" (also "1.7-1-cpu-py3" style tags). */
    static String imageVersion(String image) {
        if (image == null || !image.contains(":") || image.startsWith("local")) {
            return null;
        }
        var dlc = FrameworkTag.of(image);
        if (dlc.isPresent()) {
            return dlc.get().version();
        }
        String tag = image.substring(image.lastIndexOf(':') + 1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+\\.\\d+-\\d+)").matcher(tag);
        return m.find() ? m.group(1) : null;
    }
}
