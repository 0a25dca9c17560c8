package dev.sagedeck.app.wizard;

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
    public static final List<String> XGBOOST_VERSIONS = List.of("1.7-1", "1.5-1", "3.0-5");
    public static final List<String> SKLEARN_VERSIONS = List.of("1.2-1", "1.0-1");

    private WizardChoices() {}

    public static List<String> options(WizardField f, Map<WizardField, String> values) {
        switch (f) {
            case START_FROM: return List.of(LESSON, LAST_RUN);
            case WHERE: return List.of(LOCAL, SAGEMAKER);
            case SOURCE: return WizardSteps.sageMaker(values) ? List.of(SAMPLE, FILE) : List.of(SAMPLE, FILE, DEMO);
            case PRESET: return List.of("titanic", "csv");
            case MODE: return List.of(BUILT_IN, SCRIPT);
            case FRAMEWORK: return List.of("xgboost", "sklearn");
            case SPOT: return List.of(NO, YES);
            case INSTANCE_TYPE: return InstanceTypes.names();
            case IMAGE_VERSION: return imageVersions(values);
            default: return List.of();
        }
    }

    /** Built-in runs and script mode on the xgboost framework use XGBoost images; sklearn has its own versions. */
    public static List<String> imageVersions(Map<WizardField, String> values) {
        boolean sklearn = SCRIPT.equals(values.get(WizardField.MODE)) && "sklearn".equals(values.get(WizardField.FRAMEWORK));
        return sklearn ? SKLEARN_VERSIONS : XGBOOST_VERSIONS;
    }

    /** The option after (step 1) or before (step -1) the current one, wrapping around. */
    public static String cycle(WizardField f, Map<WizardField, String> values, int step) {
        List<String> opts = options(f, values);
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
        if (f == WizardField.PRESET) {
            return "csv".equals(value) ? "csv (any CSV, name the label column)" : "titanic (the lesson's preprocessing)";
        }
        return value == null ? "" : value;
    }
}
