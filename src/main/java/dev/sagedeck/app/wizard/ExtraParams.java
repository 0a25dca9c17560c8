package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.HyperParameterRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The free list of extra XGBoost parameters, typed as {@code key=value} pairs separated by spaces
 * ({@code gamma=1 eval_metric=auc,logloss}); commas stay inside a value.
 */
public final class ExtraParams {
    /** The five the wizard has fields for; typing them here too would give two values. */
    static final Set<String> OWN_FIELDS = Set.of("max_depth", "eta", "learning_rate", "subsample", "colsample_bytree", "num_round");

    private ExtraParams() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String token : tokens(text)) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                out.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return out;
    }

    static Optional<String> problem(String text) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String token : tokens(text)) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                return Optional.of(WizardText.EXTRA_SHAPE.formatted(token));
            }
            String key = token.substring(0, eq);
            String value = token.substring(eq + 1);
            if (OWN_FIELDS.contains(key)) {
                return Optional.of(WizardText.EXTRA_OWN_FIELD.formatted(HyperParameterRules.canonicalName(key)));
            }
            if (seen.put(key, value) != null) {
                return Optional.of(WizardText.EXTRA_TWICE.formatted(key));
            }
            Optional<String> p = HyperParameterRules.problem(key, value);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** Warnings that do not block: names XGBoost would silently ignore, with the likely meant name. */
    public static List<String> warnings(String text) {
        try {
            return HyperParameterRules.validate(parse(text)).warnings();
        } catch (IllegalArgumentException shownAsAnError) {
            return List.of();
        }
    }

    private static List<String> tokens(String text) {
        String t = text == null ? "" : text.trim();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }
}
