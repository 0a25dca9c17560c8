package dev.sagedeck.archfixture.app.view;

import dev.sagedeck.archfixture.app.PagingUpdate;

/** Fixture: a painter reading the core's state (allowed on its own; with PagingUpdate it makes a cycle). */
public final class ListLayout {
    private ListLayout() {}

    public static int rows(int screenRows) {
        return Math.max(1, screenRows - 3);
    }

    public static String selectedLine(PagingUpdate state) {
        return "row " + state.selected();
    }
}
