package dev.sagedeck.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sagedeck.app.compare.Comparison;
import dev.sagedeck.app.compare.ComparisonExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The dashboard's comparison export: {@code <stateDir>/comparisons/compare-<utc stamp>.csv|json}. */
final class ComparisonFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonFile() {}

    /** Writes the comparison and returns the file. */
    static Path write(Path stateDir, Comparison c, boolean asJson, Instant now) throws IOException {
        Path dir = stateDir.resolve("comparisons");
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now);
        Path file = dir.resolve("compare-" + stamp + (asJson ? ".json" : ".csv"));
        String text = asJson ? JSON.writeValueAsString(ComparisonExport.tree(c)) + "\n" : ComparisonExport.csv(c);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
