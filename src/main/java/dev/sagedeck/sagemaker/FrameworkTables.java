package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.FrameworkCatalog;
import java.util.Map;
import java.util.Optional;

/** The PyTorch and TensorFlow image tables, read once; and the catalogue of their versions the wizard offers. */
public final class FrameworkTables {
    private FrameworkTables() {}

    /** Read on first use: a launch of xgboost or sklearn never parses them. */
    private static final class Loaded {
        static final Map<String, FrameworkTable> TABLES = Map.of(
                FrameworkCatalog.PYTORCH, FrameworkTable.pytorch(),
                FrameworkCatalog.TENSORFLOW, FrameworkTable.tensorflow());
    }

    static Optional<FrameworkTable> of(String framework) {
        if (!FrameworkCatalog.PYTORCH.equals(framework) && !FrameworkCatalog.TENSORFLOW.equals(framework)) {
            return Optional.empty();
        }
        return Optional.of(Loaded.TABLES.get(framework));
    }

    /** Every framework's versions and Python versions, as the SDK's tables list them for training. */
    public static FrameworkCatalog catalog() {
        return new FrameworkCatalog(frameworks());
    }

    /**
     * The same, not read yet: the dashboard's wizard reads it with an effect on an executor when it
     * opens (neither the first frame nor the UI thread pays for Jackson and the tables).
     */
    public static FrameworkCatalog unreadCatalog() {
        return FrameworkCatalog.unread(FrameworkTables::frameworks);
    }

    private static Map<String, FrameworkCatalog.Framework> frameworks() {
        return Map.of(
                FrameworkCatalog.PYTORCH, Loaded.TABLES.get(FrameworkCatalog.PYTORCH).choices(),
                FrameworkCatalog.TENSORFLOW, Loaded.TABLES.get(FrameworkCatalog.TENSORFLOW).choices());
    }
}
