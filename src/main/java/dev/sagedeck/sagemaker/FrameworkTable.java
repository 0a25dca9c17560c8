package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.FrameworkCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One framework's training images, read from {@code frameworks/<name>.json}: the SageMaker Python
 * SDK's {@code image_uri_config/<name>.json} "training" object, unchanged (the file names its
 * source and commit). {@link #image} is the SDK's {@code image_uris.retrieve(..., image_scope="training")}
 * for these tables (v2.257.6 {@code src/sagemaker/image_uris.py}: version and alias check, Python
 * version check, registry per region, processor from the instance type, tag
 * {@code <version as given>-<cpu|gpu>-<py>}, the p4d container suffix), with its errors said the
 * sagedeck way and the valid values listed.
 */
final class FrameworkTable {
    /** {@code utils.get_instance_type_family}: "ml.<family>.<size>". */
    private static final Pattern FAMILY = Pattern.compile("^ml[._]([a-z\\d\\-]+)\\.?\\w*$");
    /** {@code fw_utils.GRAVITON_ALLOWED_TARGET_INSTANCE_FAMILY}: the SDK picks an inference image for these. */
    private static final List<String> GRAVITON = List.of("m6g", "m6gd", "c6g", "c6gd", "c6gn", "c7g", "r6g", "r6gd");
    /** {@code image_uris._get_image_tag}: on p4d these tags get a CUDA suffix. */
    private static final Map<String, String> P4D_SUFFIX = Map.ofEntries(
            Map.entry("tensorflow-2.3-gpu-py37", "cu110-ubuntu18.04-v3"),
            Map.entry("tensorflow-2.3.1-gpu-py37", "cu110-ubuntu18.04"),
            Map.entry("tensorflow-2.3.2-gpu-py37", "cu110-ubuntu18.04"),
            Map.entry("tensorflow-1.15-gpu-py37", "cu110-ubuntu18.04-v8"),
            Map.entry("tensorflow-1.15.4-gpu-py37", "cu110-ubuntu18.04"),
            Map.entry("tensorflow-1.15.5-gpu-py37", "cu110-ubuntu18.04"),
            Map.entry("pytorch-1.6-gpu-py36", "cu110-ubuntu18.04-v3"),
            Map.entry("pytorch-1.6.0-gpu-py36", "cu110-ubuntu18.04"),
            Map.entry("pytorch-1.6-gpu-py3", "cu110-ubuntu18.04-v3"),
            Map.entry("pytorch-1.6.0-gpu-py3", "cu110-ubuntu18.04"));

    private final String framework;
    private final String label;
    private final JsonNode table;
    private final String metricsFrom;

    private FrameworkTable(String framework, String label, JsonNode table, String metricsFrom) {
        this.framework = framework;
        this.label = label;
        this.table = table;
        this.metricsFrom = metricsFrom;
    }

    /**
     * The two tables. {@code metricsFrom}: from this version on the SDK's estimator sets
     * {@code enable_sagemaker_metrics=True} (v2.257.6 pytorch/estimator.py: 1.3, tensorflow/estimator.py: 1.15).
     */
    static FrameworkTable pytorch() {
        return load(FrameworkCatalog.PYTORCH, "PyTorch", "1.3");
    }

    static FrameworkTable tensorflow() {
        return load(FrameworkCatalog.TENSORFLOW, "TensorFlow", "1.15");
    }

    private static FrameworkTable load(String name, String label, String metricsFrom) {
        String resource = "frameworks/" + name + ".json";
        try (InputStream in = FrameworkTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new FrameworkTable(name, label, SdkJson.MAPPER.readTree(in), metricsFrom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String framework() {
        return framework;
    }

    String label() {
        return label;
    }

    /** Versions and Python versions, for the wizard's choices. */
    FrameworkCatalog.Framework choices() {
        List<String> versions = new ArrayList<>();
        Map<String, List<String>> py = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : table.path("versions").properties()) {
            versions.add(e.getKey());
            py.put(e.getKey(), pyVersions(e.getValue()));
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : table.path("version_aliases").properties()) {
            aliases.put(e.getKey(), e.getValue().asText());
        }
        return new FrameworkCatalog.Framework(framework, label, versions, aliases, py);
    }

    /**
     * The training image for {@code version} (null: the newest) and {@code pyVersion} (null: the
     * only one there is) on {@code instanceType} in {@code region}; INVALID with the valid values otherwise.
     */
    FrameworkImage image(String version, String pyVersion, String instanceType, String region) {
        FrameworkCatalog.Framework c = choices();
        String given = version == null || version.isBlank() ? c.newest() : version.trim();
        if (!c.knows(given)) {
            throw LaunchPlanner.invalid("%s version '%s' is not in the SageMaker Python SDK's training images; choose one of %s (or a short form such as %s)"
                    .formatted(label, given, String.join(", ", c.versions()), shortForm(c.newest())));
        }
        String full = c.full(given);
        checkLegacy(full);
        JsonNode entry = table.path("versions").path(full);
        List<String> pys = pyVersions(entry);
        String py = pyVersion(given, pyVersion, pys);
        if (!entry.has("repository")) {
            entry = entry.path(py); // e.g. TensorFlow 1.13.1: a registry and repository per Python version
        }
        String processor = processor(instanceType);
        checkP2(instanceType, full);
        String account = entry.path("registries").path(region).asText(null);
        if (account == null) {
            List<String> regions = new ArrayList<>();
            entry.path("registries").fieldNames().forEachRemaining(regions::add);
            throw LaunchPlanner.invalid("no %s %s training image is listed for region '%s'; it is in %s"
                    .formatted(label, given, region, String.join(", ", regions)));
        }
        String tag = String.join("-", given, processor, py);
        if ("p4d".equals(family(instanceType))) {
            String suffix = P4D_SUFFIX.get(framework + "-" + tag);
            tag = suffix == null ? tag : tag + "-" + suffix;
        }
        String uri = account + ".dkr.ecr." + region + "." + TrainingImages.domain(region) + "/" + entry.path("repository").asText() + ":" + tag;
        boolean metrics = FrameworkCatalog.compareVersions(given, metricsFrom) >= 0;
        return new FrameworkImage(framework, uri, given, full, py, processor, metrics);
    }

    private String pyVersion(String version, String chosen, List<String> pys) {
        if (chosen == null || chosen.isBlank()) {
            if (pys.size() == 1) {
                return pys.get(0);
            }
            throw LaunchPlanner.invalid("%s %s has images for %s: choose one (--py-version)".formatted(label, version, String.join(" and ", pys)));
        }
        if (!pys.contains(chosen.trim())) {
            throw LaunchPlanner.invalid("%s %s has no %s image; its Python versions: %s".formatted(label, version, chosen.trim(), String.join(", ", pys)));
        }
        return chosen.trim();
    }

    /** {@code TensorFlow._only_legacy_mode_supported}: up to 1.10.0 there is no script mode. */
    private void checkLegacy(String full) {
        if (FrameworkCatalog.TENSORFLOW.equals(framework) && FrameworkCatalog.compareVersions(full, "1.10.0") <= 0) {
            throw LaunchPlanner.invalid("TensorFlow %s supports only legacy mode, not script mode; choose 1.11.0 or later".formatted(full));
        }
    }

    /** {@code image_uris._validate_instance_deprecation}. */
    private void checkP2(String instanceType, String full) {
        boolean newer = FrameworkCatalog.PYTORCH.equals(framework) ? FrameworkCatalog.compareVersions(full, "1.13") >= 0
                : FrameworkCatalog.compareVersions(full, "2.12") >= 0;
        if ("p2".equals(family(instanceType)) && newer) {
            throw LaunchPlanner.invalid("P2 instances are not supported from PyTorch 1.13 and TensorFlow 2.12 on; choose another GPU instance type such as ml.g5.xlarge");
        }
    }

    /** {@code image_uris._processor}: g and p families run the GPU image, everything else the CPU one. */
    String processor(String instanceType) {
        String family = family(instanceType);
        if (family.isEmpty()) {
            throw LaunchPlanner.invalid("'%s' is not a SageMaker instance type such as ml.m5.large".formatted(instanceType));
        }
        if (family.startsWith("inf") || family.startsWith("trn")) {
            throw LaunchPlanner.invalid("%s is an AWS Inferentia/Trainium instance type: those run the Neuron images, which sagedeck does not launch; choose a CPU or GPU type"
                    .formatted(instanceType));
        }
        if (GRAVITON.contains(family)) {
            throw LaunchPlanner.invalid("%s is a Graviton instance type, for which the SDK has no %s training image; choose an x86 CPU or a GPU type"
                    .formatted(instanceType, label));
        }
        return family.charAt(0) == 'g' || family.charAt(0) == 'p' ? "gpu" : "cpu";
    }

    static String family(String instanceType) {
        Matcher m = FAMILY.matcher(instanceType == null ? "" : instanceType);
        return m.matches() ? m.group(1) : "";
    }

    private static List<String> pyVersions(JsonNode entry) {
        List<String> out = new ArrayList<>();
        if (entry.has("repository")) {
            entry.path("py_versions").forEach(p -> out.add(p.asText()));
        } else {
            entry.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    private static String shortForm(String version) {
        int last = version.lastIndexOf('.');
        return last > 0 ? version.substring(0, last) : version;
    }
}
