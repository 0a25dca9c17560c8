package dev.sagedeck.xgboost;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * XGBoost's global configuration (thread-local in the native library) read and set as JSON text
 * through the JNI entry points that xgboost4j's {@code ConfigContext} calls. ConfigContext writes its
 * one key with a new databind ObjectMapper, which in a run's JVM was the only use of databind left:
 * ~0.1 s of class loading before the first round (docs/BENCHMARKS.md, "Fifth round"). The entry
 * points are package-private in xgboost4j, hence reflection; {@link #available()} is false when
 * they are not there (another xgboost4j), and the caller uses ConfigContext.
 */
final class NativeConfig {
    private static final String JNI = "ml.dmlc.xgboost4j.java.XGBoostJNI";
    private static volatile Method[] entryPoints; // get, set, checkCall; empty when not found

    private NativeConfig() {}

    /** Whether the entry points were found; the native library must have been loaded first ({@link NativeLibrary#load}). */
    static boolean available() {
        return methods().length == 3;
    }

    /** The whole configuration, e.g. {@code {"use_rmm":false,"verbosity":1}}. */
    static String get() throws XGBoostError {
        String[] out = new String[1];
        call(0, (Object) out);
        return out[0];
    }

    /** Sets the keys {@code json} (an object) names; the others keep their values. */
    static void set(String json) throws XGBoostError {
        call(1, json);
    }

    private static void call(int which, Object arg) throws XGBoostError {
        Method[] m = methods();
        try {
            int rc = (Integer) m[which].invoke(null, arg);
            m[2].invoke(null, rc); // checkCall: an XGBoostError with the native library's last error
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof XGBoostError x) {
                throw x;
            }
            throw new XGBoostError("XGBoost's configuration call failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new XGBoostError("XGBoost's configuration call is not accessible: " + e.getMessage(), e);
        }
    }

    private static Method[] methods() {
        Method[] m = entryPoints;
        if (m == null) {
            try {
                Class<?> jni = Class.forName(JNI, true, NativeConfig.class.getClassLoader());
                m = new Method[] {jni.getDeclaredMethod("XGBGetGlobalConfig", String[].class),
                    jni.getDeclaredMethod("XGBSetGlobalConfig", String.class), jni.getDeclaredMethod("checkCall", int.class)};
                for (Method x : m) {
                    x.setAccessible(true);
                }
            } catch (ReflectiveOperationException | RuntimeException notThisXgboost) {
                m = new Method[0];
            }
            entryPoints = m;
        }
        return m;
    }
}
