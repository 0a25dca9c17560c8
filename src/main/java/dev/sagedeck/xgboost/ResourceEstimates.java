package dev.sagedeck.xgboost;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of a training run, estimated from the data's shape, and the memory this machine
 * has available.
 *
 * <p>Calibrated with {@code /usr/bin/time -v} on the dev box (JDK 17, xgboost4j 3.0.4, hist, lesson
 * hyperparameters): the 713-row sample peaked at 89 MB RSS, a 1,000,000-row Titanic (8 features) at
 * 342 MB. That is about 90 MB of JVM and native library plus ~32 bytes per feature value
 * (columnar floats, the row-major copy, XGBoost's own matrix and its histogram index); one extra
 * column per row covers label, gradients and prediction caches.
 */
final class ResourceEstimates {
    static final long BASE_BYTES = 90L << 20;
    static final long BYTES_PER_VALUE = 32;

    private ResourceEstimates() {}

    static long peakBytes(long rows, int features) {
        return BASE_BYTES + rows * (features + 1L) * BYTES_PER_VALUE;
    }

    /** MemAvailable from /proc/meminfo on Linux, else the JVM's view of free physical memory. */
    static long availableBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException | SecurityException notLinux) {
            // fall through to the JVM's view
        }
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getFreeMemorySize();
        }
        return Runtime.getRuntime().maxMemory();
    }
}
