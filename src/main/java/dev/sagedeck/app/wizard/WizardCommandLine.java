package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code sagedeck train ...} or {@code sagedeck launch ...} command line that does what the wizard will do. */
public final class WizardCommandLine {
    private WizardCommandLine() {}

    public static String of(LaunchSpec s) {
        return of(s, List.of());
    }

    /** With the experiment's instance counts ({@code 1,2}) in place of the spec's one, when there are several. */
    public static String of(LaunchSpec s, List<Integer> counts) {
        List<String> a = new ArrayList<>();
        boolean sm = s.backend() == Backend.SAGEMAKER;
        a.add("sagedeck");
        a.add(sm ? "launch" : "train");
        if (s.name() != null) {
            add(a, "--name", s.name());
        }
        DataFlags.add(a, s.data());
        if (s.script() != null) {
            add(a, "--script", s.script().entryPoint());
            if (s.script().sourceDir() != null) {
                add(a, "--source-dir", s.script().sourceDir());
            }
            if (sm) {
                add(a, "--framework", s.script().framework());
                if (s.script().pyVersion() != null) {
                    add(a, "--py-version", s.script().pyVersion());
                }
                if (s.script().distribution() != null) {
                    add(a, "--distribution", s.script().distribution());
                }
            }
            for (dev.sagedeck.domain.MetricDefinition m : s.script().metrics()) {
                add(a, "--metric", m.name() + "=" + m.regex());
            }
        }
        for (String key : ordered(s.hyperParameters())) {
            add(a, "--hp", key + "=" + s.hyperParameters().get(key));
        }
        if (sm) {
            Resources r = s.resources();
            add(a, "--instance-type", r.instanceType());
            add(a, "--instance-count", counts.size() > 1
                    ? String.join(",", counts.stream().map(String::valueOf).toList()) : Integer.toString(r.instanceCount()));
            add(a, "--max-runtime", Long.toString(r.maxRuntimeSeconds()));
            if (r.managedSpot()) {
                a.add("--spot");
                add(a, "--max-wait", Long.toString(r.maxWaitSeconds()));
            }
            if (s.budgetUsd() != null) {
                add(a, "--budget", String.format(java.util.Locale.ROOT, "%.2f", s.budgetUsd()));
            }
            add(a, "--role", s.roleArn());
            add(a, "--output", s.outputPath());
            add(a, "--image-version", s.imageVersion());
            SettingsCommandLine.add(a, s.settings());
        }
        return String.join(" ", a);
    }

    /** The lesson's five in its order, then the others by name. */
    static List<String> ordered(Map<String, String> hp) {
        List<String> out = new ArrayList<>();
        for (String k : dev.sagedeck.domain.HyperParameterRules.lessonValues().keySet()) {
            if (hp.containsKey(k)) {
                out.add(k);
            }
        }
        new java.util.TreeSet<>(hp.keySet()).stream().filter(k -> !out.contains(k)).forEach(out::add);
        return out;
    }

    /** {@code option value}, the value shell-quoted. */
    static void add(List<String> a, String option, String value) {
        a.add(option);
        a.add(quote(value == null ? "" : value));
    }

    /** Shell-quotes a value that a POSIX shell would otherwise split or expand. */
    static String quote(String v) {
        if (!v.isEmpty() && v.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return v;
        }
        return "'" + v.replace("'", "'\\''") + "'";
    }
}
