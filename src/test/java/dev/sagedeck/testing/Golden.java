package dev.sagedeck.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden text snapshots of screens under src/test/resources/golden/. Run with
 * {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name + ".txt");
        try {
            if (!Boolean.getBoolean("golden.update") && !Files.exists(file)) {
                // locally too: a golden written silently on first run would pass a screen nobody looked at
                throw new AssertionError("golden file " + file + " is missing; create it with -Dgolden.update=true and read it");
            }
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual).as("screen %s (rewrite with -Dgolden.update=true if the change is intended)", name).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
