package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.HyperParameterRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one syntax for searched hyperparameters, shared by the CLI and the wizard:
 * {@code --range NAME=MIN:MAX[:lin|log|auto]} and {@code --values NAME=A,B,C}. A range is whole
 * numbers when the parameter is one sagedeck knows as whole (max_depth, num_round ...), or, for
 * other names, when both bounds are written without a point ({@code 0.0:1} makes it continuous).
 */
public final class RangeSyntax {
    /** Whole-number XGBoost parameters sagedeck does not check itself but knows the type of. */
    private static final Set<String> WHOLE = Set.of("max_bin", "max_leaves", "num_parallel_tree", "max_cat_to_onehot");

    private RangeSyntax() {}

    /** Parses {@code NAME=MIN:MAX[:SCALING]}. @throws IllegalArgumentException saying what is wrong and what is expected */
    public static ParameterRange range(String text) {
        String[] nameAndValue = split(text, "--range", "NAME=MIN:MAX[:lin|log|auto], e.g. eta=0.01:0.3:log");
        String name = nameAndValue[0];
        String[] parts = nameAndValue[1].split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw bad("--range " + text + ": expected MIN:MAX or MIN:MAX:SCALING after '=', e.g. " + name + "=3:9 or eta=0.01:0.3:log");
        }
        Scaling scaling = Scaling.AUTO;
        if (parts.length == 3) {
            scaling = Scaling.parse(parts[2]).orElseThrow(() -> bad("--range " + text + ": the scaling must be lin, log or auto; got '" + parts[2].trim() + "'"));
        }
        String min = parts[0].trim();
        String max = parts[1].trim();
        if (whole(name, min, max)) {
            return new ParameterRange.IntegerRange(name, wholeNumber(text, min), wholeNumber(text, max), scaling);
        }
        return new ParameterRange.ContinuousRange(name, number(text, min), number(text, max), scaling);
    }

    /** Parses {@code NAME=A,B,C}. @throws IllegalArgumentException saying what is wrong */
    public static ParameterRange values(String text) {
        String[] nameAndValue = split(text, "--values", "NAME=A,B,C, e.g. booster=gbtree,dart");
        List<String> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String v : nameAndValue[1].split(",", -1)) {
            String t = v.trim();
            if (t.isEmpty()) throw bad("--values " + text + ": an empty value (two commas, or a comma at an end)");
            if (!seen.add(t)) throw bad("--values " + text + ": '" + t + "' is listed twice");
            values.add(t);
        }
        if (values.size() < 2) throw bad("--values " + text + ": list at least two values to choose from (one value is a fixed hyperparameter: --hp " + nameAndValue[0] + "=" + values.get(0) + ")");
        return new ParameterRange.CategoricalValues(nameAndValue[0], values);
    }

    /**
     * The searched ranges of a described search, as {@link TuningJob#ranges()} writes them ({@code --range
     * eta=0.01:0.3:log}, {@code --values booster=gbtree,dart}), in their order. One that does not read
     * back (a bound SageMaker took that this syntax does not) keeps its name, as categorical values of none.
     */
    public static List<ParameterRange> described(List<String> ranges) {
        List<ParameterRange> out = new ArrayList<>();
        for (String r : ranges) {
            String body = r.startsWith("--") && r.indexOf(' ') > 0 ? r.substring(r.indexOf(' ') + 1) : r;
            int eq = body.indexOf('=');
            // the name as the search wrote it: its configurations' hyperparameters use it (learning_rate stays learning_rate)
            String name = eq > 0 ? body.substring(0, eq).trim() : body.trim();
            ParameterRange p;
            try {
                p = r.startsWith("--values") ? values(body) : range(body);
            } catch (IllegalArgumentException unreadable) {
                p = new ParameterRange.CategoricalValues(name, List.of());
            }
            if (p instanceof ParameterRange.IntegerRange i) p = new ParameterRange.IntegerRange(name, i.min(), i.max(), i.scaling());
            if (p instanceof ParameterRange.ContinuousRange c) p = new ParameterRange.ContinuousRange(name, c.min(), c.max(), c.scaling());
            if (p instanceof ParameterRange.CategoricalValues v) p = new ParameterRange.CategoricalValues(name, v.values());
            out.add(p);
        }
        return out;
    }

    private static String[] split(String text, String option, String expected) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw bad(option + " " + (text == null ? "" : text) + ": expected " + expected);
        }
        String name = HyperParameterRules.canonicalName(text.substring(0, eq));
        if (name.isEmpty() || !name.matches("[A-Za-z0-9_.:-]+")) {
            throw bad(option + " " + text + ": '" + text.substring(0, eq).trim() + "' is not a hyperparameter name");
        }
        return new String[] {name, text.substring(eq + 1)};
    }

    private static boolean whole(String name, String min, String max) {
        var rule = HyperParameterRules.rule(name);
        if (rule.isPresent()) return rule.get().range().startsWith("a whole number");
        return WHOLE.contains(name) || (min.matches("[+-]?\\d+") && max.matches("[+-]?\\d+"));
    }

    private static long wholeNumber(String text, String v) {
        if (!v.matches("[+-]?\\d{1,18}")) throw bad("--range " + text + ": '" + v + "' is not a whole number");
        return Long.parseLong(v);
    }

    private static double number(String text, String v) {
        if (!v.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) throw bad("--range " + text + ": '" + v + "' is not a number");
        return Double.parseDouble(v);
    }

    private static IllegalArgumentException bad(String message) {
        return new IllegalArgumentException(message);
    }
}
