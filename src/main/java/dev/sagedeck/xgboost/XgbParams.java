package dev.sagedeck.xgboost;

import dev.sagedeck.data.Task;
import dev.sagedeck.domain.HyperParameters;
import java.util.HashMap;
import java.util.Map;

/** The parameter map handed to XGBoost: validated hyperparameters plus the choices sagedeck makes. */
final class XgbParams {
    /** The 80/20 split uses the lesson's {@code random_state=42} unless a seed is given. */
    static final long DEFAULT_SPLIT_SEED = 42;

    private XgbParams() {}

    /** The given objective, else one that fits the label: binary:logistic, multi:softprob or reg:squarederror. */
    static String objective(HyperParameters hp, Task task) {
        if (hp.objective() != null) return hp.objective();
        switch (task) {
            case BINARY: return "binary:logistic";
            case MULTICLASS: return "multi:softprob";
            default: return "reg:squarederror";
        }
    }

    static long splitSeed(HyperParameters hp) {
        return hp.seed() != null ? hp.seed() : DEFAULT_SPLIT_SEED;
    }

    /** Below this many training rows the default is one thread. */
    static final int SMALL_DATA_ROWS = 10_000;

    /**
     * The given nthread, else all cores, except one thread for small data: per tree level OpenMP
     * synchronises its threads, which costs more than it saves on a few thousand rows, and on a
     * busy machine libgomp's spin-waiting makes it far worse (measured on the 2-vCPU dev box under
     * load: the 570-row Titanic split trained 100 rounds in 0.03 s on 1 thread, 1.3-3.7 s on 2).
     */
    static int threads(HyperParameters hp, int trainingRows) {
        if (hp.nthread() != null) return hp.nthread();
        return trainingRows < SMALL_DATA_ROWS ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /**
     * The map for {@code XGBoost.train}. Only the first eval_metric goes in (a Java map holds one
     * value per key); {@link BoostingLoop} adds the others with {@code setParam}, which appends.
     * Without eval_metric XGBoost picks its own default for the objective (logloss for
     * binary:logistic, as the lesson sets it).
     */
    static Map<String, Object> of(HyperParameters hp, Task task, int numClasses, int trainingRows) {
        Map<String, Object> p = new HashMap<>(hp.passThrough());
        String objective = objective(hp, task);
        p.put("objective", objective);
        if (objective.startsWith("multi:")) {
            if (hp.numClass() != null && hp.numClass() != numClasses) {
                throw new IllegalArgumentException("num_class=" + hp.numClass() + " but the label has " + numClasses + " classes");
            }
            p.put("num_class", numClasses);
        }
        if (!hp.evalMetrics().isEmpty()) p.put("eval_metric", hp.evalMetrics().get(0));
        p.put("max_depth", hp.maxDepth());
        p.put("eta", hp.eta());
        p.put("subsample", hp.subsample());
        p.put("colsample_bytree", hp.colsampleBytree());
        p.put("tree_method", hp.treeMethod());
        p.put("nthread", threads(hp, trainingRows));
        if (hp.seed() != null) p.put("seed", hp.seed()); // absent: XGBoost's default seed 0, as in the lesson
        p.put("verbosity", 0);
        p.put("verbose_eval", 0); // xgboost4j's own per-round print to stderr (the manual loop never triggers it; belt and braces)
        return p;
    }
}
