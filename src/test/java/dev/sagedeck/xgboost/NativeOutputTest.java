package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.data.Samples;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XGBoost's native code writes warnings straight to file descriptor 2, where they would garble the
 * dashboard; only a separate process shows whether they got out. {@code device=cuda} on this
 * CPU-only build makes XGBoost warn "XGBoost is not compiled with CUDA support" (it does so even
 * with the verbosity=0 parameter), so an empty stderr means the thread-local quiet setting works.
 */
class NativeOutputTest {
    @TempDir
    Path dir;

    @Test
    void trainingInAChildProcess_writesNothingToStderr() throws Exception {
        Samples.SampleFiles sample = Samples.extract("titanic", dir);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), TrainInChildProcess.class.getName(),
                sample.train().toString(), dir.resolve("model").toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        String stdout = Files.readString(out);
        assertThat(child.exitValue()).as(stdout + Files.readString(err)).isZero();
        assertThat(stdout).contains("[2]#011train-logloss:", "rounds 3");
        assertThat(Files.readString(err)).isEmpty();
        assertThat(new File(dir.resolve("model").toFile(), "model.ubj")).exists();
    }
}
