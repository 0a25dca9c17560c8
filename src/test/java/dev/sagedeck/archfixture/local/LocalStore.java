package dev.sagedeck.archfixture.local;

/** Fixture: the local backend's job store (an adapter class). */
public final class LocalStore {
    public void forget(String name) {
        // a fixture: nothing to remove
    }
}
