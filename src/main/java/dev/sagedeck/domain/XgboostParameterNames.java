package dev.sagedeck.domain;

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

    /** The known name closest to {@code name} when it is a likely typo. */
    static Optional<String> closest(String name) {
        return ClosestName.among(KNOWN, name);
    }
}
