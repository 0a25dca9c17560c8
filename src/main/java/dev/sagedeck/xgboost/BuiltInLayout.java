package dev.sagedeck.xgboost;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a CSV in SageMaker built-in layout (no header, label first, every field a number or empty)
 * from one with a header row, by its first line alone.
 */
final class BuiltInLayout {
    private BuiltInLayout() {}

    static boolean looksLike(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null || first.isBlank()) {
                return false;
            }
            for (String field : first.split(",", -1)) {
                String f = field.trim();
                if (!f.isEmpty() && !isNumber(f)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the evaluator reports the unreadable file with its own message
        }
    }

    private static boolean isNumber(String f) {
        try {
            Double.parseDouble(f);
            return !f.endsWith("d") && !f.endsWith("f") && !f.endsWith("D") && !f.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
