package dev.sagedeck.usecase;

import dev.sagedeck.domain.ReadableFile;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.port.ModelScorer;
import dev.sagedeck.port.TrainingJobs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * {@link ModelEvaluation}, the one evaluation for {@code sagedeck evaluate}, {@code compare --test}
 * and the comparison's {@code t}: check the test file, fetch the job's model (a local run's model
 * dir or the SageMaker artifact) into a temp dir, let the engine score it, delete the copy.
 * Blocking: run it off the UI thread.
 */
public final class JobModelEvaluation implements ModelEvaluation {
    private final TrainingJobs jobs;
    private final ModelScorer scorer;
    private final UnaryOperator<Path> testFiles;

    /** @param testFiles the file a typed test path names (a bare {@code titanic_test.csv} may be the bundled sample's) */
    public JobModelEvaluation(TrainingJobs jobs, ModelScorer scorer, UnaryOperator<Path> testFiles) {
        this.jobs = jobs;
        this.scorer = scorer;
        this.testFiles = testFiles;
    }

    @Override
    public Scores evaluate(String jobName, Path typed) {
        Path testCsv = testFiles.apply(typed);
        // say which path is wrong before any model is fetched
        ReadableFile.why(testCsv).ifPresent(why -> {
            throw new IllegalArgumentException("test file " + why);
        });
        Path work;
        try {
            work = Files.createTempDirectory("sagedeck-evaluate-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp dir for the model: " + e.getMessage(), e);
        }
        try {
            return scorer.score(jobs.fetchModel(jobName, work), testCsv);
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover temp copy is harmless; the evaluation's answer matters more
        }
    }
}
