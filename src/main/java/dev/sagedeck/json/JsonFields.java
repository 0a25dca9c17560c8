package dev.sagedeck.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One JSON object of a tree ({@link Json#parse}), read field by field into typed values. A field
 * that is absent or null reads as null (or the given default); a field of the wrong type is a
 * {@link JsonException} naming the field's path ({@code "transitions[2].start"}) and what it held.
 * Whole numbers must fit their type; a decimal number accepts the strings "NaN", "Infinity" and
 * "-Infinity", which is how databind (and {@link Json}) write non-finite values.
 */
public final class JsonFields {
    private final Map<String, Object> map;
    private final String path;

    private JsonFields(Map<String, Object> map, String path) {
        this.map = map;
        this.path = path;
    }

    /** The document's top-level object; {@code what} names it in errors ("the job record"). */
    public static JsonFields root(Object tree, String what) throws JsonException {
        if (!(tree instanceof Map)) {
            throw new JsonException(what + " should be a JSON object, not " + describe(tree));
        }
        return new JsonFields(cast(tree), "");
    }

    /** The field names, in the file's order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(map.keySet());
    }

    /** Fails on a field that is not one of {@code known} (for files read strictly). */
    public void onlyKnown(Set<String> known) throws JsonException {
        for (String k : map.keySet()) {
            if (!known.contains(k)) {
                throw new JsonException("unknown field " + quoted(name(k)) + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    public String string(String key) throws JsonException {
        return string(map.get(key), name(key));
    }

    public Long wholeNumber(String key) throws JsonException {
        return wholeNumber(map.get(key), name(key));
    }

    public long wholeNumber(String key, long absent) throws JsonException {
        Long v = wholeNumber(key);
        return v == null ? absent : v;
    }

    public Integer integer(String key) throws JsonException {
        return integer(map.get(key), name(key));
    }

    public int integer(String key, int absent) throws JsonException {
        Integer v = integer(key);
        return v == null ? absent : v;
    }

    public Double number(String key) throws JsonException {
        return number(map.get(key), name(key));
    }

    /**
     * A string field read by {@code parse} (a time, a name of a constant); absent, null or blank reads as
     * null; text that {@code parse} refuses is an error naming the field, the text and {@code expected}.
     */
    public <T> T parsed(String key, String expected, java.util.function.Function<String, T> parse) throws JsonException {
        String text = string(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw wrong(name(key), expected, text);
        }
    }

    public Boolean bool(String key) throws JsonException {
        Object v = map.get(key);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw wrong(name(key), "true or false", v);
    }

    /** A nested object; null when absent or null. */
    public JsonFields object(String key) throws JsonException {
        return object(map.get(key), name(key));
    }

    /** A list of objects; null when absent or null. An element that is not an object is an error. */
    public List<JsonFields> objects(String key) throws JsonException {
        List<Object> l = list(key);
        if (l == null) {
            return null;
        }
        List<JsonFields> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.add(object(l.get(i), name(key) + "[" + i + "]"));
        }
        return out;
    }

    /** A list of strings (null elements stay null); null when absent or null. */
    public List<String> strings(String key) throws JsonException {
        List<Object> l = list(key);
        if (l == null) {
            return null;
        }
        List<String> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.add(string(l.get(i), name(key) + "[" + i + "]"));
        }
        return out;
    }

    /** An object of strings into {@code into}; null when absent or null. */
    public <M extends Map<String, String>> M strings(String key, Supplier<M> into) throws JsonException {
        JsonFields o = object(key);
        if (o == null) {
            return null;
        }
        M out = into.get();
        for (Map.Entry<String, Object> e : o.map.entrySet()) {
            out.put(e.getKey(), string(e.getValue(), o.name(e.getKey())));
        }
        return out;
    }

    /** An object of decimal numbers into {@code into}; null when absent or null. */
    public <M extends Map<String, Double>> M numbers(String key, Supplier<M> into) throws JsonException {
        JsonFields o = object(key);
        if (o == null) {
            return null;
        }
        M out = into.get();
        for (Map.Entry<String, Object> e : o.map.entrySet()) {
            out.put(e.getKey(), number(e.getValue(), o.name(e.getKey())));
        }
        return out;
    }

    /** An object of whole numbers (int), in the file's order; null when absent or null. */
    public Map<String, Integer> integers(String key) throws JsonException {
        JsonFields o = object(key);
        if (o == null) {
            return null;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : o.map.entrySet()) {
            out.put(e.getKey(), integer(e.getValue(), o.name(e.getKey())));
        }
        return out;
    }

    private List<Object> list(String key) throws JsonException {
        Object v = map.get(key);
        if (v == null || v instanceof List) {
            @SuppressWarnings("unchecked")
            List<Object> l = (List<Object>) v;
            return l;
        }
        throw wrong(name(key), "a list", v);
    }

    private String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static JsonFields object(Object v, String name) throws JsonException {
        if (v == null) {
            return null;
        }
        if (v instanceof Map) {
            return new JsonFields(cast(v), name);
        }
        throw wrong(name, "an object", v);
    }

    private static String string(Object v, String name) throws JsonException {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrong(name, "a string", v);
    }

    private static Long wholeNumber(Object v, String name) throws JsonException {
        if (v == null) {
            return null;
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger) {
            throw new JsonException(quoted(name) + " is out of range: " + v);
        }
        throw wrong(name, "a whole number", v);
    }

    private static Integer integer(Object v, String name) throws JsonException {
        if (v == null || v instanceof Integer) {
            return (Integer) v;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            throw new JsonException(quoted(name) + " is out of range: " + v);
        }
        throw wrong(name, "a whole number", v);
    }

    private static Double number(Object v, String name) throws JsonException {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            switch (s) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw wrong(name, "a number", v);
    }

    private static JsonException wrong(String name, String expected, Object found) {
        return new JsonException(quoted(name) + " should be " + expected + ", not " + describe(found));
    }

    /** What a value is, for a message: short, and never the whole of a long text. */
    static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof String s) {
            return "the text " + quoted(s.length() > 40 ? s.substring(0, 40) + "..." : s);
        }
        if (v instanceof Number) {
            return "the number " + v;
        }
        return String.valueOf(v);
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object v) {
        return (Map<String, Object>) v;
    }
}
