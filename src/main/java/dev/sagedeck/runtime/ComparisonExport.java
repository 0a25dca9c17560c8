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
            // a scored row names its file: the export must say exactly what was scored
            String setting = r.group().equals("test") && c.testFile() != null ? r.label() + " (" + c.testFile() + ")" : r.label();
            List<String> cells = new ArrayList<>(List.of(r.group(), setting));
            cells.addAll(r.values());
            b.append(csvLine(cells));
        }
        return b.toString();
    }

    /**
     * {"jobs": [...], "sortedBy": metric or null, "rows": [{"group", "setting", "differs", "best": [job...],
     * "values": {job: value}}], "identicalRowsHidden": n}. Values with a number behind them are numbers at
     * full precision (metrics, cost in "cost_usd", times in "..._seconds"); others are text.
     */
    public static String json(Comparison c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("jobs", c.jobs());
        root.put("sortedBy", c.sortedBy());
        root.put("testFile", c.testFile());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Comparison.Row r : c.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", r.group());
            row.put("setting", r.numbers() == null ? r.label() : jsonName(r));
            row.put("differs", r.differs());
            if (!r.best().isEmpty()) {
                row.put("best", r.best().stream().map(c.jobs()::get).toList());
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < c.jobs().size(); i++) {
                Double number = r.numbers() == null ? null : r.numbers().get(i);
                values.put(c.jobs().get(i), number != null ? number : r.numbers() != null && r.values().get(i).equals("-") ? null : r.values().get(i));
            }
            row.put("values", values);
            rows.add(row);
        }
        root.put("rows", rows);
        root.put("identicalRowsHidden", c.hidden());
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

    /** A numeric row's name says its unit: cost_usd, elapsed_seconds; metrics keep their name. */
    private static String jsonName(Comparison.Row r) {
        String base = r.label().replace(' ', '_');
        return switch (r.group()) {
            case "cost" -> base + "_usd";
            case "time" -> base + "_seconds";
            default -> r.label();
        };
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
