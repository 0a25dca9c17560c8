package dev.sagedeck.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tags sagedeck puts on the runs it starts (local and SageMaker) so a clone can rebuild the
 * launch: how the built-in algorithm read the data (preset and label column); and what signals
 * need about a run: its data size in bytes (stall comparisons: data within x2) and a budget of its own.
 */
public final class RunTags {
    /** Every tag sagedeck sets itself starts with this; a user's {@code --tag} may not. */
    public static final String PREFIX = "sagedeck:";
    public static final String PRESET = "sagedeck:preset";
    public static final String LABEL = "sagedeck:label";
    /** The size of the run's local input files in bytes, when sagedeck read them at launch. */
    public static final String DATA_BYTES = "sagedeck:data-bytes";
    /** The run's own cost budget in US dollars (over {@code budget.job} in the config). */
    public static final String BUDGET_USD = "sagedeck:budget-usd";

    private RunTags() {}

    /** The tags describing {@code data}; empty for script mode, where the script reads the data itself. */
    public static Map<String, String> of(DataSpec data) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (data != null && data.preset() != null) {
            tags.put(PRESET, data.preset());
        }
        if (data != null && data.label() != null && !data.label().isBlank()) {
            tags.put(LABEL, data.label());
        }
        return tags;
    }

    /** The tags signals read, for a run whose data is {@code dataBytes} long (-1: unknown) with an optional budget. */
    public static Map<String, String> forSignals(long dataBytes, Double budgetUsd) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (dataBytes >= 0) {
            tags.put(DATA_BYTES, Long.toString(dataBytes));
        }
        if (budgetUsd != null) {
            tags.put(BUDGET_USD, String.format(java.util.Locale.ROOT, "%.2f", budgetUsd));
        }
        return tags;
    }

    /** The budget a run was launched with, or null (none, or a tag that is not a positive amount). */
    public static Double budgetUsd(Map<String, String> tags) {
        String v = tags == null ? null : tags.get(BUDGET_USD);
        try {
            double usd = v == null ? Double.NaN : Double.parseDouble(v.trim());
            return usd > 0 && Double.isFinite(usd) ? usd : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
