package dev.sagedeck.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Hyperparameters from the command line in both styles: {@code --hp key=value} and the lesson's
 * own {@code --max_depth 3 --eta 0.1} (also {@code --eta=0.1}), i.e. any option sagedeck does not
 * know, followed by its value. A value-less option or a stray word is an error that names it.
 */
final class HyperParameterArgs {
    private HyperParameterArgs() {}

    static Map<String, String> parse(List<String> hpOptions, List<String> unmatched) {
        return parse(hpOptions, unmatched, null);
    }

    /** As {@link #parse(List, List)}; a value-less option close to one of {@code command}'s own is named as a typo of it. */
    static Map<String, String> parse(List<String> hpOptions, List<String> unmatched, CommandSpec command) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : hpOptions) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--hp %s: expected KEY=VALUE, e.g. --hp max_depth=3".formatted(quote(kv)));
            }
            put(out, kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        for (int i = 0; i < unmatched.size(); i++) {
            String arg = unmatched.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument %s (hyperparameters are given as --name value or --hp name=value)"
                        .formatted(quote(arg)));
            }
            String key = arg.substring(2);
            int eq = key.indexOf('=');
            if (eq > 0) {
                put(out, key.substring(0, eq), key.substring(eq + 1));
                continue;
            }
            if (i + 1 >= unmatched.size() || unmatched.get(i + 1).startsWith("--")) {
                if (command != null && !ArgumentErrors.suggestion(ArgumentErrors.optionNames(command), arg).isEmpty()) {
                    // a typo of the command's own option, not a hyperparameter: said like every other unknown option
                    throw new UnmatchedArgumentException(command.commandLine(), List.of(arg));
                }
                throw new IllegalArgumentException("%s needs a value: unknown options are hyperparameters, given as --%s VALUE"
                        .formatted(quote(arg), key));
            }
            put(out, key, unmatched.get(++i));
        }
        return out;
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a hyperparameter has an empty name");
        }
        if (out.containsKey(key) && !out.get(key).equals(value)) {
            throw new IllegalArgumentException("hyperparameter %s is given twice (%s and %s)".formatted(key, out.get(key), value));
        }
        out.put(key, value);
    }

    private static String quote(String s) {
        return "'" + dev.sagedeck.app.InertText.of(s) + "'";
    }
}
