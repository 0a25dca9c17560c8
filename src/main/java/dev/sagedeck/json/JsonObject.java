package dev.sagedeck.json;

import java.util.LinkedHashMap;
import java.util.Map;

/** An object being written: fields in the order they are put, null values left out (databind's {@code NON_NULL}). */
public final class JsonObject {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public JsonObject put(String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
        return this;
    }

    /** {@link #entries} of {@code map} under {@code key}; nothing when the map is null. */
    public JsonObject putEntries(String key, Map<String, ?> map) {
        return put(key, map == null ? null : entries(map));
    }

    /** The map's entries whose values are not null, in its order (databind's NON_NULL applied to a map's contents). */
    public static Map<String, Object> entries(Map<String, ?> map) {
        JsonObject o = new JsonObject();
        map.forEach(o::put);
        return o.fields;
    }

    /** The tree to hand to {@link Json}. */
    public Map<String, Object> tree() {
        return fields;
    }
}
