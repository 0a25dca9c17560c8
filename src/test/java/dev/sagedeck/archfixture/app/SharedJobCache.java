package dev.sagedeck.archfixture.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Fixture: a cache shared across pool threads inside the core (forbidden: a use case's business). */
public final class SharedJobCache {
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    public String owner(String job) {
        return owners.get(job);
    }
}
