package dev.sagedeck.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tags sagedeck puts on the runs it starts (local and SageMaker) so a clone can rebuild the
 * launch: how the built-in algorithm read the data (preset and label column).
 */
public final class RunTags {
    public static final String PRESET = "sagedeck:preset";
    public static final String LABEL = "sagedeck:label";

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
}
