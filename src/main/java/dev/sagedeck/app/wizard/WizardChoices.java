package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.FrameworkCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The values a CHOICE field can take (some depend on others: image versions on the framework) and how they read. */
public final class WizardChoices {
    public static final String LOCAL = "local";
    public static final String SAGEMAKER = "sagemaker";
    public static final String SAMPLE = "sample";
    public static final String FILE = "file";
    public static final String DEMO = "demo";
    public static final String LESSON = "lesson";
    public static final String LAST_RUN = "last run";
    public static final String BUILT_IN = "built-in";
    public static final String SCRIPT = "script";
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String NEW_CHECKPOINTS = "new";
    public static final String RESUME = "resume";
    /** The XGBoost container's versions, the default first (the catalogue's list). */
    public static final List<String> XGBOOST_VERSIONS = FrameworkCatalog.XGBOOST_VERSIONS;
    /** No distributed training of the framework's own (what {@code --distribution} left out means). */
    public static final String NO_DISTRIBUTION = "none";

    private WizardChoices() {}

    public static List<String> options(WizardField f, Map<WizardField, String> values, FrameworkCatalog catalog) {
        switch (f) {
            case START_FROM: return List.of(LESSON, LAST_RUN);
            case WHERE: return List.of(LOCAL, SAGEMAKER);
            case SOURCE: return WizardSteps.sageMaker(values) ? List.of(SAMPLE, FILE) : List.of(SAMPLE, FILE, DEMO);
            case PRESET: return List.of("titanic", "csv");
            case MODE: return List.of(BUILT_IN, SCRIPT);
            case FRAMEWORK: return frameworks(catalog);
            case SPOT: return List.of(NO, YES);
            case DATA_DISTRIBUTION:
            case TEST_DISTRIBUTION: return List.of(dev.sagedeck.domain.JobSettings.FULLY_REPLICATED, dev.sagedeck.domain.JobSettings.SHARDED);
            case CHECKPOINTS: return List.of(NEW_CHECKPOINTS, RESUME);
            case INSTANCE_TYPE: return InstanceTypes.names();
            case IMAGE_VERSION: return imageVersions(values, catalog);
            case PY_VERSION: return pyVersions(values, catalog);
            case DISTRIBUTION: return distributions(values);
            case TUNE: return List.of(NO, YES);
            case STRATEGY: return WizardTune.strategies(values);
            case OBJECTIVE: return WizardTune.objectives(values);
            case EARLY_STOPPING: return WizardTune.earlyStopping();
            default: return List.of();
        }
    }

    /** xgboost and sklearn, then the deep-learning frameworks the SDK's tables list. */
    static List<String> frameworks(FrameworkCatalog catalog) {
        List<String> out = new ArrayList<>(List.of("xgboost", "sklearn"));
        for (String f : List.of(FrameworkCatalog.PYTORCH, FrameworkCatalog.TENSORFLOW)) {
            catalog.get(f).ifPresent(x -> out.add(f));
        }
        return out;
    }

    /**
     * Built-in runs and script mode on the xgboost framework use XGBoost images; sklearn has its own
     * versions; PyTorch and TensorFlow list theirs, newest first.
     */
    public static List<String> imageVersions(Map<WizardField, String> values, FrameworkCatalog catalog) {
        if (!SCRIPT.equals(values.get(WizardField.MODE))) {
            return XGBOOST_VERSIONS;
        }
        String framework = values.get(WizardField.FRAMEWORK);
        if (FrameworkCatalog.SKLEARN.equals(framework)) {
            return FrameworkCatalog.SKLEARN_VERSIONS;
        }
        return catalog.get(framework).map(FrameworkCatalog.Framework::newestFirst).orElse(XGBOOST_VERSIONS);
    }

    /** The chosen PyTorch or TensorFlow version's Python versions (empty for the others). */
    static List<String> pyVersions(Map<WizardField, String> values, FrameworkCatalog catalog) {
        return deepLearning(values, catalog)
                .map(f -> f.pyVersionsOf(values.getOrDefault(WizardField.IMAGE_VERSION, ""))).orElse(List.of());
    }

    /** none, or the framework's own strategies (the SDK's distribution keys). */
    static List<String> distributions(Map<WizardField, String> values) {
        String framework = values.get(WizardField.FRAMEWORK);
        if (FrameworkCatalog.PYTORCH.equals(framework)) {
            return List.of(NO_DISTRIBUTION, "torch_distributed");
        }
        if (FrameworkCatalog.TENSORFLOW.equals(framework)) {
            return List.of(NO_DISTRIBUTION, "multi_worker_mirrored_strategy", "parameter_server");
        }
        return List.of(NO_DISTRIBUTION);
    }

    /** The chosen framework when the run is script mode on PyTorch or TensorFlow. */
    static java.util.Optional<FrameworkCatalog.Framework> deepLearning(Map<WizardField, String> values, FrameworkCatalog catalog) {
        if (!SCRIPT.equals(values.get(WizardField.MODE))) {
            return java.util.Optional.empty();
        }
        return catalog.get(values.get(WizardField.FRAMEWORK));
    }

    /** After the framework or its version changed: a Python version and a distribution that still exist (the first). */
    public static void keepFrameworkChoices(Map<WizardField, String> v, FrameworkCatalog catalog) {
        List<String> pys = pyVersions(v, catalog);
        if (!pys.contains(v.getOrDefault(WizardField.PY_VERSION, ""))) {
            v.put(WizardField.PY_VERSION, pys.isEmpty() ? "" : pys.get(0));
        }
        if (!distributions(v).contains(v.getOrDefault(WizardField.DISTRIBUTION, ""))) {
            v.put(WizardField.DISTRIBUTION, NO_DISTRIBUTION);
        }
    }

    /** Whether the values pick PyTorch or TensorFlow in script mode (their Python and distribution fields show). */
    public static boolean deepLearning(Map<WizardField, String> values) {
        String f = values.get(WizardField.FRAMEWORK);
        return SCRIPT.equals(values.get(WizardField.MODE)) && (FrameworkCatalog.PYTORCH.equals(f) || FrameworkCatalog.TENSORFLOW.equals(f));
    }

    /** The option after (step 1) or before (step -1) the current one, wrapping around. */
    public static String cycle(WizardField f, Map<WizardField, String> values, int step, FrameworkCatalog catalog) {
        List<String> opts = options(f, values, catalog);
        if (opts.isEmpty()) {
            return values.getOrDefault(f, "");
        }
        int i = opts.indexOf(values.get(f));
        int next = Math.floorMod((i < 0 ? 0 : i + step), opts.size());
        return opts.get(next);
    }

    /** How a choice reads on screen. */
    public static String display(WizardField f, String value) {
        if (f == WizardField.START_FROM) {
            return LAST_RUN.equals(value) ? "your last run's values (as you submitted them)"
                    : "the lesson's values (sample; max_depth 3, eta 0.1, subsample 0.8, colsample_bytree 0.8, num_round 100)";
        }
        if (f == WizardField.WHERE) {
            return SAGEMAKER.equals(value) ? "SageMaker (managed instances, billed)" : "local (this machine, free)";
        }
        if (f == WizardField.SOURCE) {
            return FILE.equals(value) ? "a local path or an s3:// URI"
                    : DEMO.equals(value) ? "long demo: the Titanic sample, slowed to about a minute (to practise stopping)"
                    : "the bundled Titanic sample";
        }
        if (f == WizardField.MODE) {
            return SCRIPT.equals(value) ? "script mode (your own entry point)" : "built-in XGBoost";
        }
        if (f == WizardField.DISTRIBUTION) {
            return NO_DISTRIBUTION.equals(value) ? "none (one process per instance; your script may still distribute itself)" : value;
        }
        if (f == WizardField.DATA_DISTRIBUTION || f == WizardField.TEST_DISTRIBUTION) {
            return dev.sagedeck.domain.JobSettings.SHARDED.equals(value) ? WizardText.SHARDED : WizardText.REPLICATED;
        }
        if (f == WizardField.CHECKPOINTS) {
            return RESUME.equals(value) ? WizardText.RESUME_CHECKPOINTS : WizardText.NEW_CHECKPOINTS;
        }
        if (f == WizardField.TUNE || f == WizardField.STRATEGY || f == WizardField.EARLY_STOPPING || f == WizardField.OBJECTIVE) {
            return TuneChoices.display(f, value);
        }
        if (f == WizardField.PRESET) {
            return "csv".equals(value) ? "csv (any CSV, name the label column)" : "titanic (the lesson's preprocessing)";
        }
        return value == null ? "" : value;
    }
}
