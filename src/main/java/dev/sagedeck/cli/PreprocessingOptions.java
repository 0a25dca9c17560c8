package dev.sagedeck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options that say how built-in XGBoost reads the data and trains, shared by {@code train},
 * {@code check} and {@code launch}: the preset, the label, columns to drop, and hyperparameters.
 */
public final class PreprocessingOptions {
    static final List<String> PRESETS = List.of("titanic", "csv");

    @Option(names = "--preset", paramLabel = "titanic|csv", description = "Preprocessing: the lesson's titanic recipe, or any csv with --label.")
    String preset;

    @Option(names = "--label", paramLabel = "COL", description = "Label column (csv preset).")
    String label;

    @Option(names = "--drop", paramLabel = "COL", split = ",", description = "Columns to leave out (csv preset); repeat or separate with commas.")
    List<String> drop = new ArrayList<>();

    @Option(names = "--hp", paramLabel = "KEY=VALUE", description = "A hyperparameter; repeat for more (or the lesson's style: --max_depth 3).")
    List<String> hp = new ArrayList<>();

    /** The hyperparameters from --hp and the lesson's --key value style (the command's unmatched arguments). */
    Map<String, String> hyperParameters(List<String> unmatched, CommandSpec command) {
        return HyperParameterArgs.parse(hp, unmatched, command);
    }

    /** The preset to use: the one given (checked), else the sample's, else csv with a label, else titanic. */
    String chosenPreset(String sample) {
        if (preset != null) {
            String p = preset.toLowerCase(Locale.ROOT);
            if (!PRESETS.contains(p)) {
                throw new IllegalArgumentException("unknown preset '%s'; one of: %s".formatted(preset, String.join(", ", PRESETS)));
            }
            if ("csv".equals(p) && (label == null || label.isBlank())) {
                throw new IllegalArgumentException("--preset csv needs --label COL (the column to predict)");
            }
            return p;
        }
        if (sample != null) {
            return sample;
        }
        return label != null ? "csv" : "titanic"; // a --label means "my own CSV"; without one, the lesson's data
    }

    /** Script mode reads the data itself: the built-in algorithm's options would be silently ignored. */
    void refuseForScript() {
        if (preset != null || label != null || !drop.isEmpty()) {
            throw new IllegalArgumentException("--preset, --label and --drop configure the built-in algorithm; "
                    + "in script mode your script reads the data itself");
        }
    }
}
