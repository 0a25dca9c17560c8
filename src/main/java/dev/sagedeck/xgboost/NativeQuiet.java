package dev.sagedeck.xgboost;

import ml.dmlc.xgboost4j.java.ConfigContext;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Silences XGBoost's native logger for the calling thread. Native warnings go straight to file
 * descriptor 2 and would garble a terminal UI; the setting is thread-local, so it must be opened
 * on the thread that trains or predicts.
 */
final class NativeQuiet implements AutoCloseable {
    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING = new java.util.concurrent.atomic.AtomicBoolean();
    private final ConfigContext context;
    /** The configuration to restore when XGBoost's own ConfigContext (and its databind mapper) was not needed: {@link NativeConfig}. */
    private final String before;

    private NativeQuiet(ConfigContext context, String before) {
        this.context = context;
        this.before = before;
    }

    /**
     * Starts loading XGBoost's native library on a background thread (from the machine cache,
     * {@link NativeLibrary}), so that it overlaps with reading the CSV. Failures are left for
     * {@link #onThisThread()} to report.
     */
    static void preload() {
        if (!PRELOADING.compareAndSet(false, true)) return; // started once: the job process starts it early, training asks again
        Thread loader = new Thread(() -> {
            try {
                NativeLibrary.load();
                Class.forName("ml.dmlc.xgboost4j.java.XGBoostJNI", true, NativeQuiet.class.getClassLoader());
            } catch (Throwable reportedLater) {
                // onThisThread() hits the same failure and explains it
            }
        }, "xgboost-native-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * @throws IllegalStateException when XGBoost's native library cannot load, naming the likely fix
     */
    static NativeQuiet onThisThread() {
        NativeLibrary.load();
        try {
            if (NativeConfig.available()) {
                String before = NativeConfig.get();
                NativeConfig.set("{\"verbosity\":0}");
                return new NativeQuiet(null, before);
            }
            ConfigContext context = new ConfigContext();
            context.setConfig("verbosity", 0);
            return new NativeQuiet(context, null);
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot configure XGBoost: " + XgbErrors.clean(e), e);
        } catch (LinkageError e) {
            throw new IllegalStateException("XGBoost's native library did not load (" + e.getMessage() + "). It needs glibc and "
                    + "OpenMP's libgomp.so.1: on Debian/Ubuntu run 'apt-get install libgomp1'; also check that java.io.tmpdir "
                    + "is not mounted noexec.", e);
        }
    }

    @Override
    public void close() {
        try {
            if (context != null) {
                context.close();
            } else {
                NativeConfig.set(before);
            }
        } catch (XGBoostError ignored) {
            // restoring the log level can only fail if the native library is gone; nothing to do
        }
    }
}
