package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.FrameworkCatalog;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * ECR image URIs of the containers sagedeck launches, as the SageMaker Python SDK builds them
 * ({@code image_uris.retrieve}): {@code <account>.dkr.ecr.<region>.<domain>/<repository>:<tag>}.
 * Accounts per region from {@code src/sagemaker/image_uri_config/xgboost.json} (master-v2 fc582aa,
 * v2.257.6); {@code sklearn.json} at the same commit lists the very same accounts for every training
 * version; domains from {@code utils.ALTERNATE_DOMAINS}.
 */
public final class TrainingImages {
    /** Built-in XGBoost and the XGBoost framework container (script mode) share the image. */
    public static final String XGBOOST = FrameworkCatalog.XGBOOST;
    /** The scikit-learn framework container (script mode only). */
    public static final String SKLEARN = FrameworkCatalog.SKLEARN;
    public static final String DEFAULT_XGBOOST_VERSION = FrameworkCatalog.XGBOOST_VERSIONS.get(0);
    public static final String DEFAULT_SKLEARN_VERSION = FrameworkCatalog.SKLEARN_VERSIONS.get(0);

    /** The same 37-region map serves every sagemaker-xgboost version, training and inference. */
    static final Map<String, String> XGBOOST_ACCOUNTS = new TreeMap<>(Map.ofEntries(
            Map.entry("af-south-1", "510948584623"), Map.entry("ap-east-1", "651117190479"),
            Map.entry("ap-northeast-1", "354813040037"), Map.entry("ap-northeast-2", "366743142698"),
            Map.entry("ap-northeast-3", "867004704886"), Map.entry("ap-south-1", "720646828776"),
            Map.entry("ap-south-2", "628508329040"), Map.entry("ap-southeast-1", "121021644041"),
            Map.entry("ap-southeast-2", "783357654285"), Map.entry("ap-southeast-3", "951798379941"),
            Map.entry("ap-southeast-4", "106583098589"), Map.entry("ca-central-1", "341280168497"),
            Map.entry("ca-west-1", "190319476487"), Map.entry("cn-north-1", "450853457545"),
            Map.entry("cn-northwest-1", "451049120500"), Map.entry("eu-central-1", "492215442770"),
            Map.entry("eu-central-2", "680994064768"), Map.entry("eu-north-1", "662702820516"),
            Map.entry("eu-south-1", "978288397137"), Map.entry("eu-south-2", "104374241257"),
            Map.entry("eu-west-1", "141502667606"), Map.entry("eu-west-2", "764974769150"),
            Map.entry("eu-west-3", "659782779980"), Map.entry("il-central-1", "898809789911"),
            Map.entry("me-central-1", "272398656194"), Map.entry("me-south-1", "801668240914"),
            Map.entry("sa-east-1", "737474898029"), Map.entry("us-east-1", "683313688378"),
            Map.entry("us-east-2", "257758044811"), Map.entry("us-gov-east-1", "237065988967"),
            Map.entry("us-gov-west-1", "414596584902"), Map.entry("us-iso-east-1", "833128469047"),
            Map.entry("us-isob-east-1", "281123927165"), Map.entry("us-isof-east-1", "108575199400"),
            Map.entry("us-isof-south-1", "124985052026"), Map.entry("us-west-1", "746614075791"),
            Map.entry("us-west-2", "246618743249")));

    private TrainingImages() {}

    /**
     * The image for {@code framework} ({@code xgboost} or {@code sklearn}) at {@code version} in
     * {@code region}; PyTorch and TensorFlow images depend on more (instance type, Python version):
     * {@link FrameworkTable}.
     */
    public static String uri(String framework, String version, String region) {
        if (XGBOOST.equals(framework)) {
            return xgboost(version, region);
        }
        if (SKLEARN.equals(framework)) {
            return sklearn(version, region);
        }
        throw invalid("unknown framework '%s'; choose xgboost, sklearn, pytorch or tensorflow".formatted(framework));
    }

    /** {@code sagemaker-xgboost:<version>} for 1.5-1, 1.7-1 or 3.0-5. */
    public static String xgboost(String version, String region) {
        String v = version == null ? DEFAULT_XGBOOST_VERSION : version;
        if (!FrameworkCatalog.XGBOOST_VERSIONS.contains(v)) {
            throw invalid(("XGBoost image version '%s' is not supported; choose one of %s (1.5-1 and 1.7-1 write a model "
                    + "sagedeck can evaluate as legacy binary, 3.0-5 writes UBJ)").formatted(v, oldestFirst(FrameworkCatalog.XGBOOST_VERSIONS)));
        }
        return base(XGBOOST_ACCOUNTS, region, "XGBoost") + "/sagemaker-xgboost:" + v;
    }

    /**
     * {@code sagemaker-scikit-learn:<version>-cpu-py3}: sklearn.json declares processors ["cpu"] and
     * py_versions ["py3"] for every training version, so {@code image_uris._format_tag} gives that tag.
     */
    public static String sklearn(String version, String region) {
        String v = version == null ? DEFAULT_SKLEARN_VERSION : version;
        if (!FrameworkCatalog.SKLEARN_VERSIONS.contains(v)) {
            throw invalid("scikit-learn image version '%s' is not supported; choose one of %s (default %s)"
                    .formatted(v, oldestFirst(FrameworkCatalog.SKLEARN_VERSIONS), DEFAULT_SKLEARN_VERSION));
        }
        return base(XGBOOST_ACCOUNTS, region, "scikit-learn") + "/sagemaker-scikit-learn:" + v + "-cpu-py3";
    }

    /** Versions as a person reads a list of them: oldest first ("1.4-2" compares as 1.4.2). */
    private static String oldestFirst(List<String> versions) {
        return String.join(", ", versions.stream()
                .sorted(java.util.Comparator.comparing((String v) -> v.replace('-', '.'), FrameworkCatalog.VERSION_ORDER)).toList());
    }

    /** The regions the XGBoost table covers. */
    public static Set<String> regions() {
        return XGBOOST_ACCOUNTS.keySet();
    }

    /** ECR's DNS suffix: China, the ISO partitions and everything else differ. */
    static String domain(String region) {
        if (region.startsWith("cn-")) {
            return "amazonaws.com.cn";
        }
        if (region.equals("us-iso-east-1")) {
            return "c2s.ic.gov";
        }
        if (region.equals("us-isob-east-1")) {
            return "sc2s.sgov.gov";
        }
        if (region.startsWith("us-isof-")) {
            return "csp.hci.ic.gov";
        }
        return "amazonaws.com";
    }

    private static String base(Map<String, String> accounts, String region, String what) {
        String account = accounts.get(region);
        if (account == null) {
            throw invalid("no %s image is known for region '%s'; known regions: %s"
                    .formatted(what, region, String.join(", ", accounts.keySet())));
        }
        return account + ".dkr.ecr." + region + "." + domain(region);
    }

    private static BackendException invalid(String message) {
        return new BackendException(Kind.INVALID, message);
    }
}
