package dev.sagedeck.local;

import dev.sagedeck.data.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The samples shipped in the jar ({@code samples/<name>/<name>_train.csv} and {@code _test.csv}),
 * addressed in a job's channels as {@code sample:<name>}.
 */
public final class BundledSample {
    static final String SCHEME = "sample:";

    private BundledSample() {}

    /** The resource a sample channel reads: {@code samples/titanic/titanic_train.csv} for train. */
    static String resource(String sample, String channel) {
        return Samples.resource(sample, channel);
    }

    public static String fileName(String sample, String channel) {
        return Samples.dataOf(sample) + "_" + channel + ".csv";
    }

    public static boolean exists(String sample) {
        return Samples.NAMES.contains(sample);
    }

    static Optional<String> sampleOf(String source) {
        return source != null && source.startsWith(SCHEME) ? Optional.of(source.substring(SCHEME.length())) : Optional.empty();
    }

    /** Writes the sample's {@code channel} file (train or test) to {@code target}. */
    public static void copy(String sample, String channel, Path target) throws IOException {
        Samples.writeChannel(sample, channel, target);
    }
}
