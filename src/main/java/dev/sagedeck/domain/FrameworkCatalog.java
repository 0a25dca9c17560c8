package dev.sagedeck.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The framework containers sagedeck launches and their versions. The XGBoost and scikit-learn
 * versions are few and fixed, so they are here as lists (known without a read; the CLI's checks and
 * the wizard's choices both come from them). The deep-learning ones (PyTorch, TensorFlow) come with
 * the training versions and Python versions the SageMaker Python SDK's image tables list: the
 * SageMaker adapter reads those tables and hands this catalogue to the wizard, which offers its
 * versions as choices; the adapter alone turns a choice into an image (and says what is wrong).
 */
public final class FrameworkCatalog {
    public static final String PYTORCH = "pytorch";
    public static final String TENSORFLOW = "tensorflow";
    public static final String XGBOOST = "xgboost";
    public static final String SKLEARN = "sklearn";
    /**
     * sagemaker-xgboost, the default first: 1.5-1 and 1.7-1 write the legacy binary model that
     * xgboost4j 3.0 still reads; 3.0-5 writes UBJ.
     */
    public static final List<String> XGBOOST_VERSIONS = List.of("1.7-1", "1.5-1", "3.0-5");
    /**
     * sagemaker-scikit-learn, the default first, then newest first: the training versions of
     * aws/sagemaker-python-sdk {@code src/sagemaker/image_uri_config/sklearn.json} at v2.257.6
     * (fc582aaa46faf7b7e16ab1e13840869712174cd0) but 0.20.0, each CPU-only with Python py3. 1.2-1
     * stays the default (1.4-2 brings numpy 2, which older scripts may not run on).
     */
    public static final List<String> SKLEARN_VERSIONS = List.of("1.2-1", "1.4-2", "1.0-1", "0.23-1");
    public static final FrameworkCatalog EMPTY = new FrameworkCatalog(Map.of());

    private final Supplier<Map<String, Framework>> source;
    private final Map<String, Framework> frameworks;
    private final String problem;

    public FrameworkCatalog(Map<String, Framework> frameworks) {
        this.source = null;
        this.frameworks = Map.copyOf(frameworks);
        this.problem = null;
    }

    private FrameworkCatalog(Supplier<Map<String, Framework>> source, String problem) {
        this.source = source;
        this.frameworks = null;
        this.problem = problem;
    }

    /**
     * A catalogue not read yet: reading the SDK's tables costs about as much as starting Jackson
     * (0.14-0.44 s on a loaded machine), so the wizard asks for {@link #read} as an effect on an
     * executor and shows "loading" until the read one arrives as a message; until then it offers none.
     */
    public static FrameworkCatalog unread(Supplier<Map<String, Framework>> source) {
        return new FrameworkCatalog(source, null);
    }

    /** This catalogue after a read that failed with {@code problem}: still unread (a wizard opened later asks again), saying why. */
    public FrameworkCatalog failed(String problem) {
        return loaded() ? this : new FrameworkCatalog(source, problem);
    }

    /** Why the last read failed; null when none has. */
    public String problem() {
        return problem;
    }

    /** Whether the frameworks are here; an unread catalogue offers none and never reads on its own. */
    public boolean loaded() {
        return frameworks != null;
    }

    /** This catalogue read: blocking I/O, for an executor, never the UI thread. */
    public FrameworkCatalog read() {
        return loaded() ? this : new FrameworkCatalog(source.get());
    }

    /** Every framework by name (none before the catalogue is read). */
    public Map<String, Framework> frameworks() {
        return frameworks == null ? Map.of() : frameworks;
    }

    /** One framework: versions as the table orders them, short aliases ("2.8" for "2.8.0"), Python versions per version. */
    public record Framework(String name, String label, List<String> versions, Map<String, String> aliases,
            Map<String, List<String>> pyVersions) {
        public Framework {
            versions = List.copyOf(versions);
            aliases = Map.copyOf(aliases);
            pyVersions = Map.copyOf(pyVersions);
        }

        /** The newest training version (what is used when none is chosen). */
        public String newest() {
            return versions.stream().max(VERSION_ORDER).orElseThrow();
        }

        /** Versions newest first (the wizard's order). */
        public List<String> newestFirst() {
            List<String> out = new ArrayList<>(versions);
            out.sort(VERSION_ORDER.reversed());
            return out;
        }

        /** The full version an alias stands for ({@code 2.8} to {@code 2.8.0}); a full version is itself. */
        public String full(String version) {
            return aliases.getOrDefault(version, version);
        }

        public boolean knows(String version) {
            return versions.contains(version) || aliases.containsKey(version);
        }

        /** The Python versions of {@code version}'s images (empty for an unknown version). */
        public List<String> pyVersionsOf(String version) {
            return pyVersions.getOrDefault(full(version), List.of());
        }
    }

    /** Numeric order of dotted versions: 1.10.0 after 1.9.1. */
    public static final Comparator<String> VERSION_ORDER = FrameworkCatalog::compareVersions;

    public Optional<Framework> get(String name) {
        return Optional.ofNullable(name == null ? null : frameworks().get(name));
    }

    /** {@code a} before, equal to or after {@code b} as version numbers; a missing part counts as 0. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int part(String[] parts, int i) {
        if (i >= parts.length) {
            return 0;
        }
        String digits = parts[i].replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
