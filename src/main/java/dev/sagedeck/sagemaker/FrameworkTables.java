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
     * The same, read on a daemon thread a few seconds after the dashboard started, so neither its
     * first frame nor its start-up CPU pays for it (on a loaded 2-core machine the read took 0.14 to
     * 0.44 s after Jackson's own start); a wizard asking sooner reads it then, once.
     */
    public static FrameworkCatalog catalogReadInTheBackground() {
        FrameworkCatalog c = FrameworkCatalog.lazy(FrameworkTables::frameworks);
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                return;
            }
            c.frameworks();
        }, "sagedeck-framework-tables");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return c;
    }

    private static Map<String, FrameworkCatalog.Framework> frameworks() {
        return Map.of(
                FrameworkCatalog.PYTORCH, Loaded.TABLES.get(FrameworkCatalog.PYTORCH).choices(),
                FrameworkCatalog.TENSORFLOW, Loaded.TABLES.get(FrameworkCatalog.TENSORFLOW).choices());
    }
}
