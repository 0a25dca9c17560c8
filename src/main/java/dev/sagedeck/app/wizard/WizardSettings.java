package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardField.*;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.Ownership;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link JobSettings} a wizard launch carries: what a clone of a SageMaker job takes over from it
 * that has no field (environment, extra tags, retries, VPC, keys, isolation: {@link JobSettings#forClone}),
 * the training channel's distribution when several instances run, and the cloned job's checkpoints when
 * "resume" is chosen.
 */
public final class WizardSettings {
    private WizardSettings() {}

    /** More than one instance in the count field: "2", or the experiment's "1,2". */
    public static boolean severalInstances(Map<WizardField, String> v) {
        return counts(v.getOrDefault(INSTANCE_COUNT, "")).stream().anyMatch(n -> n > 1);
    }

    /** The counts in the field: one number, or several separated by commas; unreadable parts are left out. */
    public static List<Integer> counts(String text) {
        List<Integer> out = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            String t = part.trim();
            if (t.matches("\\d{1,3}")) {
                out.add(Integer.parseInt(t));
            }
        }
        return out;
    }

    /**
     * The channel the test data becomes: {@code validation} for built-in XGBoost, {@code test} for a
     * script; null when the run has no test data (the sample always has its test file).
     */
    public static String testChannel(Map<WizardField, String> v) {
        boolean test = !WizardSteps.fromFile(v) || !v.getOrDefault(TEST, "").isBlank();
        return !test ? null : WizardSteps.script(v) ? "test" : "validation";
    }

    static JobSettings of(Map<WizardField, String> v, WizardState.Origin origin, Ownership me) {
        JobSettings s = origin != null && origin.kind() == WizardState.Origin.Kind.CLONE && origin.job() != null
                && origin.job().backend() == Backend.SAGEMAKER ? origin.job().settings().forClone(me == null ? null : me.tagKey())
                : JobSettings.NONE;
        Map<String, String> d = new LinkedHashMap<>(s.distribution());
        d.remove("train");
        if (severalInstances(v) && JobSettings.SHARDED.equals(v.get(DATA_DISTRIBUTION))) {
            d.put("train", JobSettings.SHARDED);
        }
        String test = testChannel(v);
        if (test != null) {
            d.remove(test);
            if (severalInstances(v) && JobSettings.SHARDED.equals(v.get(TEST_DISTRIBUTION))) {
                d.put(test, JobSettings.SHARDED);
            }
        }
        s = s.withDistribution(d);
        if (WizardChoices.RESUME.equals(v.get(CHECKPOINTS)) && !v.getOrDefault(RESUME_FROM, "").isEmpty()) {
            s = s.withCheckpointUri(v.get(RESUME_FROM));
        }
        return s;
    }
}
