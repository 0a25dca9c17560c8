package dev.sagedeck.sagemaker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * A launch worked out in full before anything is sent: the job name, the files to upload (prepared
 * data, code archive) and where, the exact CreateTrainingJob request, and notes for the user
 * (defaults chosen) and warnings (advice against a choice). The prepared files live in a temporary directory that {@link #close()}
 * removes. A dry run prints it; a launch carries it out.
 */
record LaunchPlan(String jobName, CreateTrainingJobRequest request, List<Upload> uploads, List<String> notes,
        List<String> warnings, long dataBytes, Path workDir) implements AutoCloseable {

    /** One file to put into S3 before the job is created. */
    record Upload(Path file, S3Location to, String contentType, String what) {}

    /** The request as it goes on the wire (member names as AWS spells them), pretty-printed. */
    String requestJson() {
        return SdkJson.pretty(SdkJson.tree(request));
    }

    @Override
    public void close() {
        if (workDir == null || !Files.exists(workDir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(workDir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temp directory left behind is harmless; the OS cleans it
        }
    }
}
