package dev.sagedeck.port;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.DataSpec;
import java.util.List;
import java.util.Map;

/**
 * The lesson's "tests before scaling" on a run's training data ({@code sagedeck check}): the data
 * loads, the model can overfit 100 rows, the loss goes down, time and memory, save-and-reload; each
 * a verdict with the number behind it. Trains small models: call it off the UI thread.
 */
public interface Preflight {
    /**
     * The checks for {@code data} (a bundled sample or a training file) with these hyperparameters.
     *
     * @throws IllegalArgumentException for bad input (unreadable CSV, missing label column), with a user message
     */
    List<CheckResult> check(DataSpec data, Map<String, String> hyperParameters);
}
