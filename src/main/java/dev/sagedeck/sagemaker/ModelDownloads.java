package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.port.TransferProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * A finished job's model on this machine: {@code ModelArtifacts.S3ModelArtifacts} downloaded (with
 * progress, size-capped) and unpacked safely into the destination. When sagedeck prepared the job's
 * data it also fetches the {@code preprocessing.json} kept next to the training channel, so the
 * model can be evaluated on a raw CSV. Returns the model file: {@code xgboost-model} for built-in
 * jobs, else the first file that looks like a model.
 */
final class ModelDownloads {
    static final String BUILT_IN_MODEL = "xgboost-model";

    private final S3Transfers s3;
    private final long maxBytes;

    ModelDownloads(AwsConnection aws, long maxBytes) {
        this.s3 = new S3Transfers(aws);
        this.maxBytes = maxBytes;
    }

    Path fetch(ObjectNode job, Path destination, TransferProgress progress) {
        String name = job.path("TrainingJobName").asText();
        String artifacts = job.path("ModelArtifacts").path("S3ModelArtifacts").asText(null);
        if (artifacts == null || artifacts.isBlank()) {
            JobStatus status = JobStatus.of(job.path("TrainingJobStatus").asText());
            throw new BackendException(status.isFinal() ? Kind.NOT_FOUND : Kind.CONFLICT, status.isFinal()
                    ? name + " has no model (status " + status.text() + "); only a Completed job leaves model.tar.gz"
                    : name + " is still " + status.text() + "; its model exists once it has Completed");
        }
        S3Location from = S3Location.parse(artifacts, "ModelArtifacts of " + name);
        Path download;
        try {
            Files.createDirectories(destination);
            // beside the destination, not in it: an entry named model.tar.gz must not meet the archive being read
            download = Files.createTempDirectory(destination.toAbsolutePath().getParent(), ".sagedeck-download-");
        } catch (IOException e) {
            throw new BackendException(Kind.INVALID, "cannot create " + destination + ": " + e.getMessage(), e);
        }
        try {
            Path archive = download.resolve("model.tar.gz");
            try {
                s3.download(from, archive, maxBytes, progress);
            } catch (BackendException e) {
                if (e.kind() == Kind.NOT_FOUND || e.getMessage().contains("404") || e.getMessage().contains("NoSuchKey")) {
                    throw new BackendException(Kind.NOT_FOUND, name + "'s model archive " + from + " is not in S3 (deleted?)", e);
                }
                throw e;
            }
            List<Path> files = ModelArchive.extract(archive, destination, maxBytes);
            fetchPreprocessing(job, destination, download);
            return destination.resolve(modelFile(name, from, files));
        } finally {
            deleteQuietly(download);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary directory left behind is named .sagedeck-download-*; nothing else depends on it
        }
    }

    /** The built-in name first, else the first file by name (k-fold runs write xgboost-model-0, -1, ...). */
    static Path modelFile(String job, S3Location from, List<Path> files) {
        for (Path f : files) {
            if (f.getFileName().toString().equals(BUILT_IN_MODEL)) {
                return f;
            }
        }
        return files.stream().filter(f -> !f.getFileName().toString().equals(Preprocessing.FILE_NAME))
                .min(Comparator.comparing(Path::toString))
                .orElseThrow(() -> new BackendException(Kind.NOT_FOUND, job + "'s " + from + " holds no files"));
    }

    /** {@code preprocessing.json} sits one level above the train channel's prefix when sagedeck prepared the data. */
    private void fetchPreprocessing(ObjectNode job, Path destination, Path download) {
        for (JsonNode ch : job.path("InputDataConfig")) {
            if (!"train".equals(ch.path("ChannelName").asText())) {
                continue;
            }
            String uri = ch.path("DataSource").path("S3DataSource").path("S3Uri").asText(null);
            if (uri == null || !uri.endsWith("/")) {
                return;
            }
            try {
                S3Location at = S3Location.parse(uri, "train channel").parent().child(Preprocessing.FILE_NAME);
                Path target = destination.resolve(Preprocessing.FILE_NAME);
                if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && s3.size(at) >= 0) {
                    Path part = download.resolve(Preprocessing.FILE_NAME);
                    s3.download(at, part, 16L << 20, TransferProgress.NONE);
                    Files.move(part, target); // no REPLACE_EXISTING: the archive's own copy wins
                }
            } catch (BackendException | IOException e) {
                // without it the model is still usable on a test file in the built-in layout
            }
            return;
        }
    }
}
