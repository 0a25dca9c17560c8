package dev.sagedeck.app.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison as CSV (one row per setting, one column per job) or as the tree of a JSON document,
 * for the dashboard's export files and {@code sagedeck compare --json}. Pure: the edges write it.
 */
public final class ComparisonExport {
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
    public static Map<String, Object> tree(Comparison c) {
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
        return root;
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
