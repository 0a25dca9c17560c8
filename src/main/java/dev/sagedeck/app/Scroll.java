package dev.sagedeck.app;

import dev.sagedeck.app.keys.Action;
import java.util.OptionalInt;

/** The one rule for scrolling a text pane by keys: Up and Down a line, PageUp and PageDown ten, Home the top. */
final class Scroll {
    static final int PAGE = 10;

    private Scroll() {}

    /** The pane's first row after {@code action}, or empty when the action does not scroll. */
    static OptionalInt after(Action action, int scroll) {
        return switch (action) {
            case UP -> OptionalInt.of(scroll - 1);
            case DOWN -> OptionalInt.of(scroll + 1);
            case PAGE_UP -> OptionalInt.of(scroll - PAGE);
            case PAGE_DOWN -> OptionalInt.of(scroll + PAGE);
            case TOP -> OptionalInt.of(0);
            default -> OptionalInt.empty();
        };
    }
}
