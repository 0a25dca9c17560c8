package dev.sagedeck.data;

import dev.sagedeck.domain.DataSpec;
import java.time.Duration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Data sets shipped inside the jar. Training runs in a child process and xgboost reads files, so
 * a sample is written out to real files first with {@link #extract}.
 */
public final class Samples {
    public static final String TITANIC = "titanic";
    public static final List<String> NAMES = List.of(TITANIC, DataSpec.LONG_DEMO);
    /** The long demo's pause after each round: 100 rounds take about a minute. */
    public static final Duration LONG_DEMO_ROUND_PAUSE = Duration.ofMillis(600);

    /** Where a sample went, and the preset and label that fit it. */
    public record SampleFiles(Path train, Path test, String preset, String label) {}

    private Samples() {}

    /** The data a sample reads: the long demo reads the Titanic sample's files. */
    public static String dataOf(String name) {
        return DataSpec.LONG_DEMO.equals(name) ? TITANIC : name;
    }

    /**
     * Writes sample {@code name}'s files into {@code dir} (created if needed; existing copies are
     * replaced, so a damaged copy heals) as {@code <name>_train.csv} and {@code <name>_test.csv}.
     */
    public static SampleFiles extract(String name, Path dir) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown sample '" + name + "'; available: " + String.join(", ", NAMES));
        }
        try {
            Files.createDirectories(dir);
            Path train = writeChannel(name, "train", dir.resolve(dataOf(name) + "_train.csv"));
            Path test = writeChannel(name, "test", dir.resolve(dataOf(name) + "_test.csv"));
            return new SampleFiles(train, test, Presets.TITANIC, Presets.TITANIC_LABEL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sample '" + name + "' to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code typed} itself, or, when it is a bare file name that is not here but names a bundled sample
     * file ({@code titanic_test.csv}), a copy of that file in {@code cacheDir}/samples: so the test file
     * the README names works from any directory. Anything else is returned as typed (and fails later
     * as the missing file it is).
     */
    public static Path orBundled(Path typed, Path cacheDir) {
        if (typed == null || typed.getParent() != null || Files.exists(typed)) {
            return typed;
        }
        String name = typed.getFileName().toString();
        for (String sample : NAMES) {
            for (String channel : List.of("train", "test")) {
                if (name.equals(dataOf(sample) + "_" + channel + ".csv")) {
                    try {
                        return writeChannel(sample, channel, cacheDir.resolve("samples").resolve(name));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the bundled " + name + " to " + cacheDir + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return typed;
    }

    /** The jar resource holding one channel ({@code train} or {@code test}) of a sample. */
    public static String resource(String sample, String channel) {
        String data = dataOf(sample);
        return "/samples/" + data + "/" + data + "_" + channel + ".csv";
    }

    /** Writes one channel of a sample to {@code target} atomically (a damaged copy heals). */
    public static Path writeChannel(String sample, String channel, Path target) throws IOException {
        String resource = resource(sample, channel);
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the bundled sample '" + sample + "' has no " + channel + " file in this build (" + resource + ")");
            }
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        }
    }
}
