package dev.sagedeck.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hyperparameters as the script's command-line arguments: {@code --key value}, keys sorted, like SageMaker. */
final class ScriptArguments {
    private ScriptArguments() {}

    static List<String> of(Map<String, String> hyperParameters) {
        List<String> args = new ArrayList<>();
        new TreeMap<>(hyperParameters).forEach((k, v) -> {
            args.add("--" + k);
            args.add(v);
        });
        return args;
    }
}
