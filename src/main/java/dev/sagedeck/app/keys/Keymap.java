package dev.sagedeck.app.keys;

import static dev.sagedeck.app.keys.Binding.View.HELP;
import static dev.sagedeck.app.keys.Binding.View.JOB;
import static dev.sagedeck.app.keys.Binding.View.LIST;
import static dev.sagedeck.app.keys.Binding.View.LOGS;
import static dev.sagedeck.app.keys.Binding.View.COMPARE;
import static dev.sagedeck.app.keys.Binding.View.WIZARD;

import dev.sagedeck.app.keys.Binding.View;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The key bindings, as one list that drives the key bar, the help screen and read-only mode.
 * Users remap or disable them in the config file ({@code key.stop = K}, {@code key.copy_name = none}).
 */
public final class Keymap {
    private final List<Binding> bindings;

    private Keymap(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    public static Keymap defaults() {
        Set<View> all = EnumSet.of(LIST, JOB, LOGS, COMPARE);
        Set<View> job = EnumSet.of(LIST, JOB, LOGS);
        List<Binding> b = new ArrayList<>();
        b.add(new Binding(Key.of('?'), Action.HELP, EnumSet.of(LIST, JOB, LOGS, HELP, COMPARE, WIZARD), "help", "show every key of this view", false, true));
        b.add(new Binding(Key.of('q'), Action.QUIT, EnumSet.of(LIST, JOB, LOGS, HELP, COMPARE), "quit", "quit sagedeck (local runs keep going)", false, true));
        b.add(new Binding(Key.ENTER, Action.OPEN, EnumSet.of(LIST), "open", "open the selected job: details and log", false, true));
        b.add(new Binding(Key.ESC, Action.BACK, EnumSet.of(JOB, LOGS, HELP, COMPARE), "back", "go back / close", false, true));
        b.add(new Binding(Key.of('k'), Action.UP, all, "up", "move up", false, false));
        b.add(new Binding(Key.UP, Action.UP, all, "up", "move up", false, false));
        b.add(new Binding(Key.of('j'), Action.DOWN, all, "down", "move down", false, false));
        b.add(new Binding(Key.DOWN, Action.DOWN, all, "down", "move down", false, false));
        b.add(new Binding(Key.PAGE_UP, Action.PAGE_UP, all, "page up", "one page up", false, false));
        b.add(new Binding(Key.PAGE_DOWN, Action.PAGE_DOWN, all, "page down", "one page down", false, false));
        b.add(new Binding(Key.of('g'), Action.TOP, all, "top", "go to the first line", false, false));
        b.add(new Binding(Key.HOME, Action.TOP, all, "top", "go to the first line", false, false));
        b.add(new Binding(Key.of('G'), Action.BOTTOM, all, "end", "go to the last line; in logs, follow again", false, false));
        b.add(new Binding(Key.END, Action.BOTTOM, all, "end", "go to the last line; in logs, follow again", false, false));
        b.add(new Binding(Key.TAB, Action.NEXT_PANE, EnumSet.of(JOB, LOGS), "pane", "switch between details and log", false, true));
        b.add(new Binding(Key.of('r'), Action.REFRESH, EnumSet.of(LIST), "refresh", "refresh the job list now", false, true));
        b.add(new Binding(Key.of('a'), Action.TOGGLE_ALL, EnumSet.of(LIST), "all/mine", "show everyone's jobs or only mine", false, true));
        b.add(new Binding(Key.of('/'), Action.FILTER, EnumSet.of(LIST), "filter", "filter: text, status:InProgress, where:local", false, true));
        b.add(new Binding(Key.of('o'), Action.SORT, EnumSet.of(LIST), "sort", "cycle the sort order (created, name, status, elapsed)", false, false));
        b.add(new Binding(Key.of('S'), Action.STOP, job, "stop", "stop the selected job (asks first; only your own)", true, true));
        b.add(new Binding(Key.of('n'), Action.NEW_RUN, EnumSet.of(LIST), "new run", "open the launch wizard (local or SageMaker)", true, true));
        b.add(new Binding(Key.of('C'), Action.CLONE, EnumSet.of(LIST, JOB, LOGS), "clone", "clone the job in the wizard (review shows the diff)", true, false));
        b.add(new Binding(Key.of('P'), Action.PROMOTE, EnumSet.of(LIST, JOB, LOGS), "promote", "promote a finished local run to SageMaker", true, false));
        b.add(new Binding(Key.of('!'), Action.SIGNALS, EnumSet.of(LIST), "signals", "list recent signals (ended, stalled, budget); Enter opens the job", false, false));
        b.add(new Binding(Key.of(' '), Action.MARK, EnumSet.of(LIST), "mark", "mark / unmark the job for compare", false, false));
        b.add(new Binding(Key.of('='), Action.COMPARE, EnumSet.of(LIST), "compare", "compare the marked jobs side by side", false, true));
        b.add(new Binding(Key.of('d'), Action.ALL_PARAMS, EnumSet.of(COMPARE), "all params", "show every hyperparameter / only those that differ", false, true));
        b.add(new Binding(Key.of('o'), Action.SORT, EnumSet.of(COMPARE), "sort", "order the jobs by the next metric, best first (then marking order)", false, true));
        b.add(new Binding(Key.of('e'), Action.EXPORT_CSV, EnumSet.of(COMPARE), "csv", "export the comparison as CSV (state directory)", false, true));
        b.add(new Binding(Key.of('E'), Action.EXPORT_JSON, EnumSet.of(COMPARE), "json", "export the comparison as JSON (state directory)", false, true));
        b.add(new Binding(Key.of('t'), Action.EVALUATE_TEST, EnumSet.of(COMPARE), "test", "score every compared model on a test CSV (asks for the file)", false, true));
        b.add(new Binding(Key.ENTER, Action.NEXT_STEP, EnumSet.of(WIZARD), "next/submit", "next step; on the review, submit", false, true));
        b.add(new Binding(Key.ESC, Action.BACK, EnumSet.of(WIZARD), "back", "previous step (nothing is lost); on step 1, close", false, true));
        b.add(new Binding(Key.TAB, Action.NEXT_FIELD, EnumSet.of(WIZARD), "field", "next field", false, true));
        b.add(new Binding(Key.DOWN, Action.NEXT_FIELD, EnumSet.of(WIZARD), "field", "next field", false, false));
        b.add(new Binding(new Key("<S-Tab>"), Action.PREV_FIELD, EnumSet.of(WIZARD), "prev field", "previous field", false, false));
        b.add(new Binding(Key.UP, Action.PREV_FIELD, EnumSet.of(WIZARD), "prev field", "previous field", false, false));
        b.add(new Binding(Key.RIGHT, Action.CHOICE_NEXT, EnumSet.of(WIZARD), "choose", "next choice (Space too)", false, true));
        b.add(new Binding(Key.LEFT, Action.CHOICE_PREV, EnumSet.of(WIZARD), "choose", "previous choice", false, false));
        b.add(new Binding(Key.PAGE_UP, Action.PAGE_UP, EnumSet.of(WIZARD), "page up", "scroll the review up", false, false));
        b.add(new Binding(Key.PAGE_DOWN, Action.PAGE_DOWN, EnumSet.of(WIZARD), "page down", "scroll the review down", false, false));
        b.add(new Binding(new Key("<C-b>"), Action.BROWSE_S3, EnumSet.of(WIZARD), "browse S3", "browse the s3:// prefix in the data field; Enter picks a file", false, false));
        b.add(new Binding(new Key("<F2>"), Action.BROWSE_S3, EnumSet.of(WIZARD), "browse S3", "browse the s3:// prefix in the data field (F2: for tmux, where C-b is taken)", false, false));
        b.add(new Binding(Key.of('y'), Action.RAW_JSON, EnumSet.of(JOB), "raw", "show the raw description as JSON", false, false));
        b.add(new Binding(Key.of('c'), Action.COPY_NAME, job, "copy", "copy the job name (OSC 52, works over SSH)", false, false));
        b.add(new Binding(Key.of('f'), Action.LOGS_FOLLOW, EnumSet.of(LOGS), "follow", "follow the log (pauses when you scroll up)", false, false));
        b.add(new Binding(Key.of('/'), Action.LOGS_SEARCH, EnumSet.of(LOGS), "search", "search the log", false, true));
        b.add(new Binding(Key.of('n'), Action.LOGS_NEXT_MATCH, EnumSet.of(LOGS), "next", "next match", false, false));
        b.add(new Binding(Key.of('N'), Action.LOGS_PREV_MATCH, EnumSet.of(LOGS), "prev", "previous match", false, false));
        b.add(new Binding(Key.of('w'), Action.LOGS_WRAP, EnumSet.of(LOGS), "wrap", "wrap long lines", false, false));
        b.add(new Binding(Key.of('t'), Action.LOGS_TIMESTAMPS, EnumSet.of(LOGS), "time", "show timestamps", false, false));
        b.add(new Binding(Key.of('i'), Action.LOGS_SOURCE, EnumSet.of(LOGS), "instance", "show one instance's lines / all", false, false));
        b.add(new Binding(Key.of('s'), Action.LOGS_SAVE, EnumSet.of(LOGS), "save", "save the log to a file", false, false));
        return new Keymap(b);
    }

    /**
     * Applies {@code key.<action>} overrides: a key code ("K", "<F5>") rebinds every binding of that
     * action to it; "none" disables the action. Unknown actions are reported, not ignored.
     */
    public Keymap withOverrides(Map<String, String> overrides) {
        List<Binding> out = new ArrayList<>(bindings);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            Action action = parseAction(e.getKey());
            String value = e.getValue().trim();
            out.removeIf(bd -> bd.action() == action && value.equalsIgnoreCase("none"));
            if (!value.equalsIgnoreCase("none")) {
                Key key = new Key(value);
                List<Binding> replaced = new ArrayList<>();
                for (Binding bd : out) {
                    replaced.add(bd.action() == action
                            ? new Binding(key, bd.action(), bd.views(), bd.label(), bd.help(), bd.dangerous(), bd.inKeyBar())
                            : bd);
                }
                out = dedupe(replaced);
            }
        }
        return new Keymap(out);
    }

    private static List<Binding> dedupe(List<Binding> list) {
        List<Binding> out = new ArrayList<>();
        for (Binding b : list) {
            boolean dup = out.stream().anyMatch(o -> o.key().equals(b.key()) && o.action() == b.action() && o.views().equals(b.views()));
            if (!dup) {
                out.add(b);
            }
        }
        return out;
    }

    private static Action parseAction(String name) {
        try {
            return Action.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown key action '" + name + "' in the config file; known: "
                    + java.util.Arrays.toString(Action.values()).toLowerCase(Locale.ROOT));
        }
    }

    /** Read-only mode: dangerous bindings removed (their keys explain why instead). */
    public Keymap readOnly() {
        return new Keymap(bindings.stream().filter(b -> !b.dangerous()).toList());
    }

    public Optional<Action> actionFor(Key key, View view) {
        return bindings.stream().filter(b -> b.key().equals(key) && b.appliesTo(view)).map(Binding::action).findFirst();
    }

    /** Bindings of a view in declaration order (the help screen). */
    public List<Binding> forView(View view) {
        return bindings.stream().filter(b -> b.appliesTo(view)).toList();
    }

    /** The key bar of a view: bindings marked for it, one per action. */
    public List<Binding> keyBar(View view) {
        List<Binding> out = new ArrayList<>();
        for (Binding b : forView(view)) {
            if (b.inKeyBar() && out.stream().noneMatch(o -> o.action() == b.action())) {
                out.add(b);
            }
        }
        return out;
    }

    /** The first key bound to an action in a view, for hints ("press S to stop"). */
    public Optional<Key> keyFor(Action action, View view) {
        return bindings.stream().filter(b -> b.action() == action && b.appliesTo(view)).map(Binding::key).findFirst();
    }

    public List<Binding> all() {
        return bindings;
    }
}
