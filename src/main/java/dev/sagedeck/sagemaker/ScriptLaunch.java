package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.ScriptSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * The script-mode part of a plan, as the SageMaker Python SDK's {@code Framework} estimator does it:
 * the entry point and source directory packed into {@code sourcedir.tar.gz} at
 * {@code <out>/<job>/source/}, the framework image (xgboost or sklearn), data files uploaded as they
 * are (the script reads them itself), and JSON-encoded hyperparameters with the {@code sagemaker_*}
 * keys that point the container at the code.
 */
final class ScriptLaunch {
    static final String ARCHIVE = "sourcedir.tar.gz";

    private ScriptLaunch() {}

    static void plan(LaunchSpec spec, String jobName, String region, S3Location jobRoot, Path work,
            CreateTrainingJobRequest.Builder request, List<LaunchPlan.Upload> uploads, List<String> notes) {
        ScriptSpec script = spec.script();
        String framework = script.framework() == null ? TrainingImages.XGBOOST : script.framework();
        String version = script.frameworkVersion() != null ? script.frameworkVersion() : spec.imageVersion();
        String image = TrainingImages.uri(framework, version, region);
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
        request.algorithmSpecification(a -> a.trainingImage(image).trainingInputMode(LaunchPlanner.fileMode()))
                .hyperParameters(ScriptHyperParameters.encode(spec.hyperParameters(), SourceArchive.program(script.entryPoint()),
                        code, jobName, region));
        if (!channels.isEmpty()) {
            request.inputDataConfig(channels);
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
