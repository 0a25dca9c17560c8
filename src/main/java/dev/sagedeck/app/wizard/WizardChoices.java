package dev.sagedeck.app.wizard;

import java.util.List;
import java.util.Map;

/** The values a CHOICE field can take (some depend on others: image versions on the framework) and how they read. */
public final class WizardChoices {
    public static final String LOCAL = "local";
    public static final String SAGEMAKER = "sagemaker";
    public static final String SAMPLE = "sample";
    public static final String FILE = "file";
    public static final String BUILT_IN = "built-in";
    public static final String SCRIPT = "script";
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final List<String> XGBOOST_VERSIONS = List.of("1.7-1", "1.5-1", "3.0-5");
    public static final List<String> SKLEARN_VERSIONS = List.of("1.2-1", "1.0-1");

    private WizardChoices() {}

    public static List<String> options(WizardField f, Map<WizardField, String> values) {
        switch (f) {
            case WHERE: return List.of(LOCAL, SAGEMAKER);
            case SOURCE: return List.of(SAMPLE, FILE);
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
    static List<String> imageVersions(Map<WizardField, String> values) {
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
        if (f == WizardField.WHERE) {
            return SAGEMAKER.equals(value) ? "SageMaker (managed instances, billed)" : "local (this machine, free)";
        }
        if (f == WizardField.SOURCE) {
            return FILE.equals(value) ? "a local path or an s3:// URI" : "the bundled Titanic sample";
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
