package dev.sagedeck.archfixture.app;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Fixture: app code serialising with Jackson (forbidden: JSON belongs in adapters). */
public final class JsonState {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonState() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
