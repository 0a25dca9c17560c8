package dev.sagedeck.runtime;

import dev.sagedeck.app.AppState;

/** Puts a state on the screen (the UI adapter); called only on the UI thread. */
public interface Renderer {
    void render(AppState state);

    /** Writes an OSC 52 clipboard sequence to the terminal. */
    void copyToClipboard(String text);

    /** Tells the user through the terminal: the bell and/or a desktop notification. Nothing by default. */
    default void alert(String title, String body, boolean bell, boolean desktop) {}
}
