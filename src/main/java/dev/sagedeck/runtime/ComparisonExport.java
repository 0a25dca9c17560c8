package dev.sagedeck.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sagedeck.app.compare.Comparison;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A comparison as CSV (one row per setting, one column per job) or JSON, for files and {@code sagedeck compare}. */
public final class ComparisonExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonExport() {}

    public static String csv(Comparison c) {
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("group", "setting"));
        header.addAll(c.jobs());
        b.append(csvLine(header));
        for (Comparison.Row r : c.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.group(), r.label()));
            cells.addAll(r.values());
            b.append(csvLine(cells));
        }
        return b.toString();
    }

    /** {"jobs": [...], "rows": [{"group", "setting", "differs", "values": {job: value}}], "equalHyperparametersHidden": n}. */
    public static String json(Comparison c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("jobs", c.jobs());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Comparison.Row r : c.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", r.group());
            row.put("setting", r.label());
            row.put("differs", r.differs());
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < c.jobs().size(); i++) {
                values.put(c.jobs().get(i), r.values().get(i));
            }
            row.put("values", values);
            rows.add(row);
        }
        root.put("rows", rows);
        root.put("equalHyperparametersHidden", c.equalParams());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code <stateDir>/comparisons/compare-<utc stamp>.csv|json} and returns the file. */
    public static Path write(Path stateDir, Comparison c, boolean asJson, Instant now) throws IOException {
        Path dir = stateDir.resolve("comparisons");
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now);
        Path file = dir.resolve("compare-" + stamp + (asJson ? ".json" : ".csv"));
        Files.writeString(file, asJson ? json(c) : csv(c), StandardCharsets.UTF_8);
        return file;
    }

    private static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append(v.matches(".*[,\"\\r\\n].*") || v.startsWith(" ") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return b.append("\r\n").toString();
    }
}
