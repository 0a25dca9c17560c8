package dev.sagedeck.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * JSON bytes to a plain tree and back, on jackson-core's streaming parser and generator. A tree is
 * a {@code Map<String, Object>} (insertion order), a {@code List}, a String, a Number (Integer, Long
 * or BigInteger for whole numbers, Double for the rest, as databind reads them), a Boolean or null.
 * Written pretty, it is byte for byte what databind's {@code INDENT_OUTPUT} writes (the same
 * generator and {@code DefaultPrettyPrinter}); a non-finite Double is written as the string
 * {@code "NaN"} / {@code "Infinity"}, as databind does. A document is one value: anything after it is an error.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** jackson-core's location text inside a message, "(start marker at [Source: ...; line: 1, column: 1])". */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

    private Json() {}

    /** The tree of one JSON document (UTF-8 bytes). */
    public static Object parse(byte[] bytes) throws JsonException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            return document(p);
        } catch (JsonException e) {
            throw e;
        } catch (IOException e) {
            throw new JsonException(String.valueOf(e.getMessage()), e);
        }
    }

    /** The tree of one JSON document. */
    public static Object parse(String text) throws JsonException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return document(p);
        } catch (JsonException e) {
            throw e;
        } catch (IOException e) {
            throw new JsonException(String.valueOf(e.getMessage()), e);
        }
    }

    /** Pretty-printed (two-space indent, {@code "key" : value}), as databind's INDENT_OUTPUT; no final newline. */
    public static String pretty(Object tree) {
        return text(tree, true, false);
    }

    /** {@link #pretty} as UTF-8 bytes. */
    public static byte[] prettyBytes(Object tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            write(g, tree, false);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** On one line, no spaces. */
    public static String compact(Object tree) {
        return text(tree, false, false);
    }

    /** On one line, no spaces, every object's keys sorted (Python's {@code json.dumps(sort_keys=True, separators=(",", ":"))}). */
    public static String compactSortedKeys(Object tree) {
        return text(tree, false, true);
    }

    /** Whether {@code value} is a tree this class can write: maps with String keys, collections, strings, numbers, booleans, null. */
    public static boolean isTree(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || number(value)) {
            return true;
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String) || !isTree(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                if (!isTree(o)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean number(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Double || v instanceof Float
                || v instanceof Short || v instanceof Byte || v instanceof BigInteger || v instanceof BigDecimal;
    }

    private static String text(Object tree, boolean pretty, boolean sortKeys) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(g, tree, sortKeys);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Object document(JsonParser p) throws IOException {
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new JsonException("no JSON in it (empty)");
            }
            Object tree = value(p, first);
            if (p.nextToken() != null) {
                throw new JsonException(at(p.currentLocation()) + "more after the end of the JSON value");
            }
            return tree;
        } catch (JsonProcessingException e) {
            // a parse error, or a limit of jackson-core's StreamReadConstraints (nesting depth, number or string length)
            JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            String what = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("line $1, column $2");
            throw new JsonException(at(where) + what, e);
        }
    }

    private static String at(JsonLocation where) {
        return where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonToken x = p.nextToken(); x != JsonToken.END_ARRAY; x = p.nextToken()) {
                    if (x == null) {
                        throw new JsonException(at(p.currentLocation()) + "the file ends inside a list");
                    }
                    l.add(value(p, x));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonException(at(p.currentLocation()) + "unexpected " + t);
        }
    }

    private static void write(JsonGenerator g, Object v, boolean sortKeys) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else if (v instanceof Long l) {
            g.writeNumber(l.longValue());
        } else if (v instanceof Double d) {
            g.writeNumber(d.doubleValue());
        } else if (v instanceof Float f) {
            g.writeNumber(f.floatValue());
        } else if (v instanceof Short s) {
            g.writeNumber(s.shortValue());
        } else if (v instanceof Byte b) {
            g.writeNumber(b.intValue());
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            Map<?, ?> ordered = sortKeys && !(m instanceof SortedMap) ? new TreeMap<>(m) : m;
            for (Map.Entry<?, ?> e : ordered.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("not a JSON object key: " + e.getKey());
                }
                g.writeFieldName(key);
                write(g, e.getValue(), sortKeys);
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                write(g, o, sortKeys);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON tree value: " + v.getClass().getName());
        }
    }
}
