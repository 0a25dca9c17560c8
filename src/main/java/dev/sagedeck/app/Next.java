package dev.sagedeck.app;

import java.util.List;

/** What the reducer returns: the new state and the effects to run. */
public record Next(AppState state, List<Effect> effects) {
    public Next {
        effects = List.copyOf(effects);
    }

    public static Next of(AppState state, Effect... effects) {
        return new Next(state, List.of(effects));
    }
}
