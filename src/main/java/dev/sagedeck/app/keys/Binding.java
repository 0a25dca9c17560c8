package dev.sagedeck.app.keys;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One key binding as data: an action, the keys that do it (several: "k" and Up), the views it
 * belongs to, what the key bar and help call it, and its options. Built with named steps,
 * {@code bind(STOP, "stop", "...").keys(Key.of('S')).in(LIST, JOB).dangerous().onKeyBar()}, never
 * with positional booleans.
 */
public record Binding(Action action, List<Key> keys, Set<View> views, String label, String help, Opts opts) {

    /** The screens a binding can belong to. */
    public enum View {
        LIST,
        JOB,
        LOGS,
        HELP,
        WIZARD,
        COMPARE,
        TUNING
    }

    /**
     * What a binding is besides its keys (k9s' ActionOpts): {@code dangerous} changes something in
     * AWS or on disk (stop, launch), so read-only mode refuses it and its key bar entry goes away;
     * {@code onKeyBar} shows it in the key bar (help lists every binding); {@code forTheRow} acts on
     * the row under the cursor only (expand a tuning job), so the key bar shows it only there and
     * right after help, as k9s shows a resource's own keys first: a narrow bar keeps it.
     */
    public record Opts(boolean dangerous, boolean onKeyBar, boolean forTheRow) {
        public static final Opts PLAIN = new Opts(false, false, false);
    }

    public Binding {
        keys = List.copyOf(keys);
        views = views.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(views));
    }

    /** A binding of {@code action} with no keys and no views yet: add them with {@link #keys} and {@link #in}. */
    public static Binding bind(Action action, String label, String help) {
        return new Binding(action, List.of(), Set.of(), label, help, Opts.PLAIN);
    }

    /** The same binding with these keys added, first one first (the one hints name). */
    public Binding keys(Key... more) {
        List<Key> k = new ArrayList<>(keys);
        for (Key key : more) {
            if (!k.contains(key)) {
                k.add(key);
            }
        }
        return new Binding(action, k, views, label, help, opts);
    }

    /** The same binding with exactly these keys (a remap). */
    public Binding withKeys(List<Key> replaced) {
        return new Binding(action, replaced, views, label, help, opts);
    }

    public Binding in(View... more) {
        Set<View> v = views.isEmpty() ? EnumSet.noneOf(View.class) : EnumSet.copyOf(views);
        v.addAll(List.of(more));
        return new Binding(action, keys, v, label, help, opts);
    }

    public Binding in(Set<View> more) {
        return in(more.toArray(View[]::new));
    }

    /** Changes something in AWS or on disk: refused in read-only mode. */
    public Binding dangerous() {
        return new Binding(action, keys, views, label, help, new Opts(true, opts.onKeyBar(), opts.forTheRow()));
    }

    /** Shown in the key bar of its views (when there is room). */
    public Binding onKeyBar() {
        return new Binding(action, keys, views, label, help, new Opts(opts.dangerous(), true, opts.forTheRow()));
    }

    /** Acts on the row under the cursor only: the key bar shows it there, first after help. */
    public Binding forTheRow() {
        return new Binding(action, keys, views, label, help, new Opts(opts.dangerous(), opts.onKeyBar(), true));
    }

    public boolean isForTheRow() {
        return opts.forTheRow();
    }

    public boolean isDangerous() {
        return opts.dangerous();
    }

    public boolean isOnKeyBar() {
        return opts.onKeyBar();
    }

    /** The first key: the one the key bar and hints name. */
    public Key key() {
        return keys.get(0);
    }

    public boolean has(Key k) {
        return keys.contains(k);
    }

    public boolean appliesTo(View view) {
        return views.contains(view);
    }
}
