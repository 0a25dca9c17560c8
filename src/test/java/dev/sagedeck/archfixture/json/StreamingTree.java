package dev.sagedeck.archfixture.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

/** Fixture: the JSON facility on jackson-core's streaming parser alone (allowed). */
public final class StreamingTree {
    private StreamingTree() {}

    public static String firstToken(String text) throws java.io.IOException {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            return String.valueOf(p.nextToken());
        }
    }
}
