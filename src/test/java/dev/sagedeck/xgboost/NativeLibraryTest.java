package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.data.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XGBoost's native library comes from the machine cache, extracted once; a run leaves nothing in the temp directory. */
class NativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void twoRuns_extractTheLibraryOnce_intoTheCache_andLeaveNothingInTheTempDirectory() throws Exception {
        Samples.SampleFiles sample = Samples.extract("titanic", dir);
        Path cache = dir.resolve("cache");
        Path temp = Files.createDirectories(dir.resolve("tmp"));

        train(sample, cache, temp);
        Path lib = single(cache.resolve("native"));
        assertThat(lib.getFileName().toString()).matches("libxgboost4j-3\\.0\\.4-[0-9a-f]{8}\\.so");
        Files.setLastModifiedTime(lib, FileTime.fromMillis(1_000_000));
        train(sample, cache, temp);

        assertThat(single(cache.resolve("native"))).isEqualTo(lib);
        assertThat(Files.getLastModifiedTime(lib).toMillis()).as("not written again").isEqualTo(1_000_000);
        assertThat(list(temp)).as("nothing in java.io.tmpdir").isEmpty();
    }

    @Test
    void aCachedLibraryCutShort_isWrittenAgain() throws Exception {
        Samples.SampleFiles sample = Samples.extract("titanic", dir);
        Path cache = dir.resolve("cache");
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        train(sample, cache, temp);
        Path lib = single(cache.resolve("native"));
        long size = Files.size(lib);
        Files.write(lib, new byte[1000]);

        train(sample, cache, temp);

        assertThat(Files.size(single(cache.resolve("native")))).isEqualTo(size);
    }

    private void train(Samples.SampleFiles sample, Path cache, Path temp) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"),
                TrainInChildProcess.class.getName(), sample.train().toString(), dir.resolve("model").toString())
                .redirectErrorStream(true);
        pb.environment().put("SAGEDECK_CACHE_DIR", cache.toString());
        Process child = pb.start();
        String out = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("rounds 3");
    }

    private static Path single(Path d) throws IOException {
        List<Path> files = list(d);
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }
}
