package dev.sagedeck.app;

/** A rectangle of terminal cells. */
public record Rect(int x, int y, int width, int height) {
    /** The area inside a one-cell border. */
    public Rect inner() {
        return new Rect(x + 1, y + 1, Math.max(0, width - 2), Math.max(0, height - 2));
    }

    public boolean isEmpty() {
        return width <= 0 || height <= 0;
    }
}
