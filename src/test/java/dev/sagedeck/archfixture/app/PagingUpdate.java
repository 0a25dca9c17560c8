package dev.sagedeck.archfixture.app;

import dev.sagedeck.archfixture.app.view.ListLayout;

/** Fixture: the reducer asking a painter's class for the page size (forbidden: the painters read the core, not back). */
public final class PagingUpdate {
    private final int selected;

    public PagingUpdate(int selected) {
        this.selected = selected;
    }

    public int selected() {
        return selected;
    }

    public PagingUpdate pageDown(int screenRows) {
        return new PagingUpdate(selected + ListLayout.rows(screenRows));
    }
}
