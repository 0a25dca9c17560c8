package dev.sagedeck.domain;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Parameter names XGBoost 3.0 knows. XGBoost ignores a name it does not know without a word, so
 * sagedeck warns about one, suggesting the closest known name ({@code max_detph} -> {@code max_depth}).
 */
final class XgboostParameterNames {
    static final Set<String> KNOWN = Set.of(
            // general
            "booster", "device", "verbosity", "validate_parameters", "nthread", "disable_default_eval_metric",
            // tree booster
            "eta", "learning_rate", "gamma", "min_split_loss", "max_depth", "min_child_weight", "max_delta_step",
            "subsample", "sampling_method", "colsample_bytree", "colsample_bylevel", "colsample_bynode",
            "lambda", "reg_lambda", "alpha", "reg_alpha", "tree_method", "scale_pos_weight", "updater",
            "refresh_leaf", "process_type", "grow_policy", "max_leaves", "max_bin", "num_parallel_tree",
            "monotone_constraints", "interaction_constraints", "multi_strategy", "max_cached_hist_node",
            "max_cat_to_onehot", "max_cat_threshold",
            // dart and linear boosters
            "sample_type", "normalize_type", "rate_drop", "one_drop", "skip_drop", "feature_selector", "top_k",
            // learning task
            "objective", "base_score", "eval_metric", "seed", "seed_per_iteration", "tweedie_variance_power",
            "huber_slope", "quantile_alpha", "aft_loss_distribution", "aft_loss_distribution_scale", "num_class",
            "lambdarank_pair_method", "lambdarank_num_pair_per_sample", "lambdarank_normalization",
            "lambdarank_unbiased", "lambdarank_bias_norm", "ndcg_exp_gain",
            // training-loop settings (SageMaker's built-in XGBoost names)
            "num_round", "early_stopping_rounds");

    private XgboostParameterNames() {}

    static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    /** The known name closest to {@code name} when it is a likely typo (edit distance at most 2). */
    static Optional<String> closest(String name) {
        return KNOWN.stream()
                .filter(k -> distance(k, name) <= 2)
                .min(Comparator.comparingInt((String k) -> distance(k, name)).thenComparing(Comparator.naturalOrder()));
    }

    /** Damerau-Levenshtein (optimal string alignment): a swapped pair of letters counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
