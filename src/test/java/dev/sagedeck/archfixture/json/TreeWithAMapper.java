package dev.sagedeck.archfixture.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Fixture: the JSON facility reaching for databind (forbidden: it exists so that hot paths never load it). */
public final class TreeWithAMapper {
    private TreeWithAMapper() {}

    public static Object parse(String text) throws java.io.IOException {
        return new ObjectMapper().readValue(text, Object.class);
    }
}
