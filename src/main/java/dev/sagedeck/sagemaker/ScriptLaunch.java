package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.FrameworkCatalog;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Requirements;
import dev.sagedeck.domain.ScriptMetrics;
import dev.sagedeck.domain.ScriptSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * The script-mode part of a plan, as the SageMaker Python SDK's {@code Framework} estimator does it:
 * the entry point and source directory packed into {@code sourcedir.tar.gz} at
 * {@code <out>/<job>/source/}, the framework image (xgboost, sklearn, pytorch or tensorflow), data
 * files uploaded as they are (the script reads them itself), JSON-encoded hyperparameters with the
 * {@code sagemaker_*} keys that point the container at the code (plus the framework's distribution
 * keys and TensorFlow's {@code model_dir}); the SDK's default Debugger and Profiler settings are
 * {@link SdkDebuggerDefaults}, for built-in runs too.
 */
final class ScriptLaunch {
    static final String ARCHIVE = "sourcedir.tar.gz";

    private ScriptLaunch() {}

    static void plan(LaunchSpec spec, String jobName, String region, S3Location jobRoot, Path work,
            CreateTrainingJobRequest.Builder request, List<LaunchPlan.Upload> uploads, List<String> notes) {
        ScriptSpec script = spec.script();
        String framework = script.framework() == null ? TrainingImages.XGBOOST : script.framework();
        String version = script.frameworkVersion() != null ? script.frameworkVersion() : spec.imageVersion();
        String instanceType = spec.resources().instanceType();
        FrameworkImage dlc = FrameworkTables.of(framework)
                .map(t -> t.image(version, script.pyVersion(), instanceType, region)).orElse(null);
        if (dlc == null && (script.pyVersion() != null || script.distribution() != null)) {
            throw LaunchPlanner.invalid("--py-version and --distribution are for the pytorch and tensorflow frameworks; %s has neither"
                    .formatted(framework));
        }
        String image = dlc != null ? dlc.uri() : TrainingImages.uri(framework, version, region);
        if (TrainingImages.SKLEARN.equals(framework)) {
            sklearnLimits(instanceType, spec.resources().instanceCount());
        }
        try {
            ScriptMetrics.check(script.metrics());
        } catch (IllegalArgumentException e) {
            throw LaunchPlanner.invalid(e.getMessage());
        }
        Map<String, Object> frameworkKeys = dlc == null ? Map.of()
                : FrameworkDistribution.hyperParameters(script.distribution(), dlc, instanceType, SourceArchive.program(script.entryPoint()));
        Path sourceDir = script.sourceDir() == null ? null : Path.of(script.sourceDir());
        if (sourceDir != null && !Files.isDirectory(sourceDir)) {
            throw LaunchPlanner.invalid("--source-dir " + sourceDir.toAbsolutePath() + " is not a directory");
        }
        Path entry = sourceDir != null && Files.isRegularFile(sourceDir.resolve(script.entryPoint()))
                ? sourceDir.resolve(script.entryPoint()) : Path.of(script.entryPoint());
        if (!Files.isRegularFile(entry)) {
            throw LaunchPlanner.invalid("--script " + entry.toAbsolutePath() + ": no such file");
        }
        Path archive = work.resolve(ARCHIVE);
        List<String> names = SourceArchive.write(entry, sourceDir, archive);
        if (sourceDir != null && names.contains(Requirements.FILE)) {
            notes.add(Requirements.sentence(readText(sourceDir.resolve(Requirements.FILE)), "by the container"));
        }
        S3Location code = jobRoot.child("source/" + ARCHIVE);
        uploads.add(new LaunchPlan.Upload(archive, code, "application/gzip",
                "code: %d file(s), %s at the root".formatted(names.size(), SourceArchive.program(script.entryPoint()))));
        List<Channel> channels = new ArrayList<>();
        DataSpec data = spec.data();
        if (data != null) {
            addChannel("train", data.train(), jobRoot, uploads, channels);
            addChannel("test", data.test(), jobRoot, uploads, channels);
        }
        if (channels.isEmpty()) {
            notes.add("no data channel: the script must fetch its own data");
        }
        Map<String, Object> extra = new LinkedHashMap<>(frameworkKeys);
        if (dlc != null && FrameworkCatalog.TENSORFLOW.equals(framework)) {
            // TensorFlow.hyperparameters(): model_dir defaults to <output>/<job>/model
            extra.put("model_dir", jobRoot.child("model").uri());
        }
        boolean metricsTimeSeries = dlc != null && dlc.metricsTimeSeries();
        request.algorithmSpecification(a -> {
            a.trainingImage(image).trainingInputMode(LaunchPlanner.fileMode());
            // sagedeck's choice, not an SDK default: the round lines it reads, plus the user's own (--metric)
            a.metricDefinitions(ScriptMetrics.forScript(script.metrics()).stream()
                    .map(d -> software.amazon.awssdk.services.sagemaker.model.MetricDefinition.builder().name(d.name()).regex(d.regex()).build())
                    .toList());
            if (metricsTimeSeries) {
                a.enableSageMakerMetricsTimeSeries(true);
            }
        }).hyperParameters(ScriptHyperParameters.encode(spec.hyperParameters(), SourceArchive.program(script.entryPoint()),
                code, jobName, region, extra));
        String warning = FrameworkDistribution.warning(script.distribution(), instanceType);
        if (warning != null) {
            notes.add(warning);
        }
        if (!channels.isEmpty()) {
            request.inputDataConfig(channels);
        }
    }

    /**
     * What the SDK's {@code SKLearn} refuses before it builds anything (v2.257.6
     * {@code sklearn/estimator.py}: {@code _validate_not_gpu_instance_type}, {@code instance_count != 1};
     * {@code image_uri_config/sklearn.json} lists {@code processors ["cpu"]} only).
     */
    private static void sklearnLimits(String instanceType, int instances) {
        String family = FrameworkTable.family(instanceType);
        if (!family.isEmpty() && (family.charAt(0) == 'g' || family.charAt(0) == 'p' || family.startsWith("inf") || family.startsWith("trn"))) {
            throw LaunchPlanner.invalid(("scikit-learn has CPU images only (the SageMaker Python SDK's sklearn table lists no GPU one); "
                    + "%s is not a CPU type: choose one such as ml.m5.large").formatted(instanceType));
        }
        if (instances != 1) {
            throw LaunchPlanner.invalid(("scikit-learn trains on one instance: the SageMaker Python SDK's SKLearn refuses instance_count %d; "
                    + "use --instance-count 1 (the 1,2 experiment fits built-in XGBoost or the xgboost framework)").formatted(instances));
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw LaunchPlanner.invalid("cannot read %s: %s".formatted(file, e.getMessage()));
        }
    }

    /** A local file is uploaded under {@code <job>/input/<channel>/}; an S3 URI is used directly. */
    private static void addChannel(String name, String file, S3Location jobRoot, List<LaunchPlan.Upload> uploads,
            List<Channel> channels) {
        if (file == null) {
            return;
        }
        if (file.startsWith("s3://")) {
            channels.add(LaunchPlanner.channel(name, S3Location.parse(file, name + " data"), null));
            return;
        }
        BuiltInLaunch.checkLocal(file, name + " data");
        Path p = Path.of(file);
        S3Location dir = jobRoot.child("input/" + name + "/");
        uploads.add(new LaunchPlan.Upload(p, dir.child(p.getFileName().toString()), "text/csv",
                name + " data as it is (the script reads it from SM_CHANNEL_" + name.toUpperCase(java.util.Locale.ROOT) + ")"));
        channels.add(LaunchPlanner.channel(name, dir, null));
    }
}
