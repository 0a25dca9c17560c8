package dev.sagedeck.app.compare;

import java.util.Locale;
import java.util.Optional;

/** Which way a metric gets better, from its name: accuracy and auc up, loss and error down; unknown names have no best. */
public final class MetricDirection {
    private MetricDirection() {}

    /** True when higher is better, false when lower is, empty when the name does not say. */
    public static Optional<Boolean> higherIsBetter(String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        String last = m.substring(Math.max(m.lastIndexOf(':'), m.lastIndexOf(' ')) + 1);
        if (last.matches("(m?logloss|m?error|rmse|rmsle|mae|mape|mphe|poisson-nloglik|gamma-nloglik|cox-nloglik|tweedie-nloglik.*|aft-nloglik)(@.*)?")) {
            return Optional.of(false);
        }
        if (last.matches("(accuracy|auc|aucpr|pre|map|ndcg|f1|precision|recall)(@.*)?")) {
            return Optional.of(true);
        }
        return Optional.empty();
    }
}
