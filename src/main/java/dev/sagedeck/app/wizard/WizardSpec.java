package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardField.*;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wizard's field texts as the {@link LaunchSpec} both backends take (only fields of the chosen path count). */
public final class WizardSpec {
    /** The training volume sagedeck asks for; the lesson's data is tiny, SageMaker's own default is 30 GB too. */
    public static final int VOLUME_GB = 30;

    private WizardSpec() {}

    /**
     * The spec the wizard launches: its fields, and on SageMaker the settings a clone carries over and
     * the distribution and checkpoints chosen ({@link WizardSettings}).
     */
    public static LaunchSpec of(WizardState w, dev.sagedeck.domain.Ownership me) {
        LaunchSpec spec = of(w.values(), me.owner());
        return spec.backend() == Backend.SAGEMAKER ? spec.withSettings(WizardSettings.of(w.values(), w.origin(), me)) : spec;
    }

    public static LaunchSpec of(Map<WizardField, String> v, String owner) {
        boolean sm = WizardSteps.sageMaker(v);
        boolean script = WizardSteps.script(v);
        return new LaunchSpec(sm ? Backend.SAGEMAKER : Backend.LOCAL, blankToNull(v.get(NAME)), owner, data(v, script),
                hyperParameters(v), script ? scriptSpec(v, sm) : null, resources(v, sm),
                sm ? text(v, ROLE) : null, sm ? text(v, OUTPUT) : null, sm ? text(v, IMAGE_VERSION) : null,
                sm ? budget(text(v, BUDGET)) : null);
    }

    /** The budget field as US dollars: empty (or not a positive amount, which validation refuses) is none. */
    static Double budget(String t) {
        try {
            double usd = Double.parseDouble(t.replace("$", "").trim());
            return usd > 0 && Double.isFinite(usd) ? usd : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static DataSpec data(Map<WizardField, String> v, boolean script) {
        if (WizardChoices.DEMO.equals(v.get(SOURCE))) {
            return DataSpec.longDemo();
        }
        if (!WizardSteps.fromFile(v)) {
            return DataSpec.sample("titanic");
        }
        String preset = script ? null : text(v, PRESET);
        String label = "csv".equals(preset) ? blankToNull(v.get(LABEL)) : null;
        return new DataSpec(text(v, TRAIN), blankToNull(v.get(TEST)), preset, label, List.of(), null);
    }

    /** The five in the lesson's order, then the extra ones as typed. */
    public static Map<String, String> hyperParameters(Map<WizardField, String> v) {
        Map<String, String> hp = new LinkedHashMap<>();
        for (WizardField f : List.of(MAX_DEPTH, ETA, SUBSAMPLE, COLSAMPLE_BYTREE, NUM_ROUND)) {
            if (!text(v, f).isEmpty()) { // empty only in script mode (validation): the script is not given it
                hp.put(f.key(), text(v, f));
            }
        }
        hp.putAll(ExtraParams.parse(v.get(EXTRA)));
        return hp;
    }

    private static ScriptSpec scriptSpec(Map<WizardField, String> v, boolean sm) {
        boolean dl = sm && WizardChoices.deepLearning(v);
        String distribution = dl ? blankToNull(v.get(DISTRIBUTION)) : null;
        return new ScriptSpec(text(v, ENTRY_POINT), blankToNull(v.get(SOURCE_DIR)), sm ? text(v, FRAMEWORK) : "python3",
                sm ? text(v, IMAGE_VERSION) : null, dl ? blankToNull(v.get(PY_VERSION)) : null,
                WizardChoices.NO_DISTRIBUTION.equals(distribution) ? null : distribution, metrics(v));
    }

    /** The Metrics field's rules; while it is wrong (validation says why) none. */
    static List<dev.sagedeck.domain.MetricDefinition> metrics(Map<WizardField, String> v) {
        try {
            return dev.sagedeck.domain.ScriptMetrics.parseList(v.getOrDefault(METRICS, ""));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static Resources resources(Map<WizardField, String> v, boolean sm) {
        if (!sm) {
            return Resources.local(0);
        }
        boolean spot = WizardChoices.YES.equals(v.get(SPOT));
        long runtime = Durations.seconds(text(v, MAX_RUNTIME)).orElse(0);
        long wait = spot ? Durations.seconds(text(v, MAX_WAIT)).orElse(0) : 0;
        // several counts ("1,2") are the experiment: the review plans the first, submit starts one job per count
        List<Integer> counts = WizardSettings.counts(text(v, INSTANCE_COUNT));
        int count = counts.isEmpty() ? 0 : counts.get(0);
        return new Resources(text(v, INSTANCE_TYPE), count, VOLUME_GB, runtime, spot, wait);
    }

    static String text(Map<WizardField, String> v, WizardField f) {
        return v.getOrDefault(f, "").trim();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
