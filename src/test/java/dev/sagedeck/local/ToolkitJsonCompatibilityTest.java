package dev.sagedeck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A script sees the same SM_HPS, SM_HP_* and SM_TRAINING_ENV as before the hand-written JSON: each
 * hyperparameter decodes to the same value of the same Java type (3 an Integer, 1e-5 a Double, "3 4"
 * text) and writes the same compact sorted JSON as databind's mapper, kept here to hold the new code to it.
 */
class ToolkitJsonCompatibilityTest {
    private static final ObjectMapper DATABIND = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final List<String> VALUES = List.of("3", "3 4", "0.1", "1e-5", "1E5", "-0", "-0.0", "true", "false", "null", "",
            " ", "[1,2]", "{\"b\":1,\"a\":[true,null,{\"d\":2,\"c\":1}]}", "abc", "\"quoted\"", "99999999999999999999",
            "2147483648", "12345678901", "1.7976931348623157e309", "1e400", "NaN", "0x10", "01", "3,", "[", "{", "{\"a\":1,\"a\":2}",
            "  7  ", "1.0", "2.50", "-1e-7", "é", "binary:logistic", "gbtree", "0.30000000000000004", "100000000000000000000.0",
            "[]", "{}", "\"\\u0000\\u001b\"", "3 // comment", "'single'", "tRuE", "+1", ".5", "5.", "1e", "--1");

    @Test
    void everyHyperparameter_decodesToTheSameValueAndType_asDatabindDid() {
        Map<String, String> hps = new TreeMap<>();
        for (int i = 0; i < VALUES.size(); i++) {
            hps.put("hp" + i, VALUES.get(i));
        }

        Map<String, Object> mine = ChildEnvironment.decodedHyperParameters(hps);

        Map<String, Object> theirs = databindDecoded(hps);
        for (String k : hps.keySet()) {
            assertThat(mine.get(k)).as(hps.get(k)).isEqualTo(theirs.get(k));
            assertThat(type(mine.get(k))).as(hps.get(k)).isEqualTo(type(theirs.get(k)));
        }
        assertThat(ChildEnvironment.json(mine)).isEqualTo(write(theirs));
    }

    @Test
    void theToolkitsJson_isWhatDatabindWrote_keysSortedAtEveryDepth() {
        Map<String, Object> unsorted = new LinkedHashMap<>();
        unsorted.put("z", Map.of("y", 1, "b", List.of(Map.of("q", true, "a", "x")), "m", Map.of()));
        unsorted.put("a", null);
        unsorted.put("n", new ArrayList<>(java.util.Arrays.asList(1L, 2.5, -0.0, Double.NaN, Double.POSITIVE_INFINITY, null, "é\n\u0001")));
        unsorted.put("r", ToolkitEnvironment.resourceConfig());
        unsorted.put("c", ToolkitEnvironment.channelConfig());

        for (Object tree : List.of(unsorted, ToolkitEnvironment.resourceConfig(), List.of(), Map.of(), "text", 42, true)) {
            assertThat(ChildEnvironment.json(tree)).isEqualTo(write(tree));
        }
    }

    private static Map<String, Object> databindDecoded(Map<String, String> hps) {
        Map<String, Object> out = new TreeMap<>();
        hps.forEach((k, v) -> {
            Object value = v;
            try {
                value = DATABIND.readValue(v, Object.class);
            } catch (JsonProcessingException notJson) {
                // the raw string
            }
            out.put(k, value == null ? v : value);
        });
        return out;
    }

    private static String write(Object tree) {
        try {
            return DATABIND.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Java type, down into lists and maps (an Integer and a Long of the same value differ). */
    private static String type(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, x) -> b.append(k).append(':').append(type(x)).append(','));
            return b.append('}').toString();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ToolkitJsonCompatibilityTest::type).toList().toString();
        }
        return v == null ? "null" : v.getClass().getSimpleName();
    }
}
