package dev.sagedeck.ui;

/**
 * The theme anchor: theme files style sagedeck's roles as custom states of this class, e.g.
 * {@code dev.sagedeck.ui.Palette.foreground[FAILED] = red}. It has no behaviour of its own.
 */
public final class Palette {
    private Palette() {}
}
