package dev.sagedeck.app.keys;

import java.util.Set;

/**
 * One key binding as data: which key does which action in which views, what the key bar and help
 * call it, whether it changes anything in AWS or on disk (dangerous: hidden in read-only mode),
 * and whether it shows in the key bar (help lists them all).
 */
public record Binding(Key key, Action action, Set<View> views, String label, String help, boolean dangerous, boolean inKeyBar) {

    /** The screens a binding can belong to. */
    public enum View {
        LIST,
        JOB,
        LOGS,
        HELP,
        WIZARD,
        COMPARE
    }

    public boolean appliesTo(View view) {
        return views.contains(view);
    }
}
