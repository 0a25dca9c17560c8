package dev.sagedeck.archfixture.app;

import com.googlecode.lanterna.input.KeyStroke;

/** Fixture: app state reacting to a Lanterna key stroke (forbidden: keys become messages in ui). */
public final class LeakyScreenUpdate {
    private LeakyScreenUpdate() {}

    public static boolean quits(KeyStroke key) {
        return key.getCharacter() != null && key.getCharacter() == 'q';
    }
}
