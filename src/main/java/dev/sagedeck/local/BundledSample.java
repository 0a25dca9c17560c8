package dev.sagedeck.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        return "/samples/" + sample + "/" + fileName(sample, channel);
    }

    public static String fileName(String sample, String channel) {
        return sample + "_" + channel + ".csv";
    }

    public static boolean exists(String sample) {
        return BundledSample.class.getResource(resource(sample, "train")) != null;
    }

    static Optional<String> sampleOf(String source) {
        return source != null && source.startsWith(SCHEME) ? Optional.of(source.substring(SCHEME.length())) : Optional.empty();
    }

    /** Writes the sample's {@code channel} file (train or test) to {@code target}. */
    public static void copy(String sample, String channel, Path target) throws IOException {
        try (InputStream in = BundledSample.class.getResourceAsStream(resource(sample, channel))) {
            if (in == null) {
                throw new IOException("the bundled sample '%s' has no %s file in this build (%s)"
                        .formatted(sample, channel, resource(sample, channel)));
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
