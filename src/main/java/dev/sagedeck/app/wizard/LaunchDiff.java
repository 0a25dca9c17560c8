package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What a clone or promote changes against its original: one line per differing setting. */
public final class LaunchDiff {
    /** One difference: the setting, the original's value and the new one ("-" when absent). */
    public record Change(String what, String before, String after) {}

    private LaunchDiff() {}

    public static List<Change> between(TrainingJob origin, LaunchSpec now) {
        Map<String, String> a = facets(origin);
        Map<String, String> b = facets(now);
        List<Change> out = new ArrayList<>();
        TreeSet<String> hpKeys = new TreeSet<>();
        for (Map<String, String> m : List.of(a, b)) {
            m.keySet().stream().filter(k -> k.startsWith("hp ")).forEach(hpKeys::add);
        }
        List<String> keys = new ArrayList<>();
        for (Map<String, String> m : List.of(a, b)) {
            m.keySet().stream().filter(k -> !k.startsWith("hp ") && !keys.contains(k)).forEach(keys::add);
        }
        keys.addAll(hpKeys);
        for (String k : keys) {
            String before = a.getOrDefault(k, "-");
            String after = b.getOrDefault(k, "-");
            if (!Objects.equals(before, after)) {
                out.add(new Change(k.startsWith("hp ") ? k.substring(3) : k, before, after));
            }
        }
        return out;
    }

    static Map<String, String> facets(TrainingJob j) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("where", where(j.backend()));
        String train = WizardPrefill.channel(j, "train");
        f.put("training data", train == null ? WizardPrefill.SAMPLE_SOURCE : train);
        String test = WizardPrefill.channel(j, "test");
        f.put("test file", train == null || train.startsWith("sample:") ? "-" : test == null ? "-" : test);
        resources(f, j.backend(), j.resources());
        if (j.backend() == Backend.SAGEMAKER) {
            f.put("role", orDash(j.roleArn()));
            f.put("output", orDash(j.outputPath()));
            f.put("image version", orDash(WizardPrefill.imageVersion(j.image())));
        }
        j.hyperParameters().forEach((k, v) -> {
            if (!k.startsWith("sagemaker_")) {
                f.put("hp " + k, v);
            }
        });
        return f;
    }

    static Map<String, String> facets(LaunchSpec s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("where", where(s.backend()));
        f.put("training data", s.data().sample() != null ? "sample:" + s.data().sample() : orDash(s.data().train()));
        f.put("test file", s.data().sample() != null ? "-" : orDash(s.data().test()));
        resources(f, s.backend(), s.resources());
        if (s.backend() == Backend.SAGEMAKER) {
            f.put("role", orDash(s.roleArn()));
            f.put("output", orDash(s.outputPath()));
            f.put("image version", orDash(s.imageVersion()));
        }
        s.hyperParameters().forEach((k, v) -> f.put("hp " + k, v));
        return f;
    }

    private static void resources(Map<String, String> f, Backend b, Resources r) {
        if (b != Backend.SAGEMAKER || r == null) {
            return;
        }
        f.put("instance", r.instanceType() + " x " + r.instanceCount());
        f.put("max runtime", Durations.text(r.maxRuntimeSeconds()));
        f.put("managed spot", r.managedSpot() ? "yes, max wait " + Durations.text(r.maxWaitSeconds()) : "no");
    }

    private static String where(Backend b) {
        return b == Backend.SAGEMAKER ? "SageMaker" : "local";
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
