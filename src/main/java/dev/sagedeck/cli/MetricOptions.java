package dev.sagedeck.cli;

import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.ScriptMetrics;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --metric NAME=REGEX}, for script mode in {@code launch} and {@code train}: the user's metric rules. */
public final class MetricOptions {
    @Option(names = "--metric", paramLabel = "NAME=REGEX", description = "Script mode: a metric your script prints, e.g. "
            + "'val_acc=val_acc: ([0-9.]+)' (the value in the first group); repeat for more, at most 40. Round lines "
            + "like XGBoost's ([3] train-logloss:0.4) are read without one.")
    List<String> metric = new ArrayList<>();

    /** The rules, each checked (a regular expression with a group, SageMaker's limits). */
    List<MetricDefinition> definitions() {
        List<MetricDefinition> out = new ArrayList<>();
        for (String m : metric) {
            out.add(ScriptMetrics.parse(m));
        }
        ScriptMetrics.check(out);
        return out;
    }

    /** A metric rule means nothing to the built-in algorithm, whose metrics are its own. */
    void refuseWithoutScript() {
        if (!metric.isEmpty()) {
            throw new IllegalArgumentException("--metric goes with --script FILE (the built-in algorithm reports its own metrics)");
        }
    }
}
