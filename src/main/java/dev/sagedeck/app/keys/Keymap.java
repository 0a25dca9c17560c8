package dev.sagedeck.app.keys;

import static dev.sagedeck.app.keys.Binding.View.HELP;
import static dev.sagedeck.app.keys.Binding.View.JOB;
import static dev.sagedeck.app.keys.Binding.View.LIST;
import static dev.sagedeck.app.keys.Binding.View.LOGS;
import static dev.sagedeck.app.keys.Binding.View.COMPARE;
import static dev.sagedeck.app.keys.Binding.View.TUNING;
import static dev.sagedeck.app.keys.Binding.View.WIZARD;

import static dev.sagedeck.app.keys.Binding.bind;

import dev.sagedeck.app.keys.Binding.View;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The key bindings, as one list that drives the key bar, the help screen and read-only mode.
 * Users remap or disable them in the config file ({@code key.stop = K}, {@code key.up = k,Up},
 * {@code key.copy_name = none}); {@code sagedeck keys} lists them.
 */
public final class Keymap {
    private final List<Binding> bindings;
    private final boolean readOnly;

    private Keymap(List<Binding> bindings, boolean readOnly) {
        this.bindings = List.copyOf(bindings);
        this.readOnly = readOnly;
    }

    public static Keymap defaults() {
        Set<View> all = EnumSet.of(LIST, JOB, LOGS, COMPARE, TUNING, HELP); // HELP: it scrolls when the keys do not fit
        Set<View> job = EnumSet.of(LIST, JOB, LOGS);
        List<Binding> b = new ArrayList<>();
        b.add(bind(Action.HELP, "help", "show every key of this view").keys(Key.of('?'), new Key("<F1>"))
                .in(LIST, JOB, LOGS, HELP, COMPARE, TUNING, WIZARD).onKeyBar());
        b.add(bind(Action.QUIT, "quit", "quit sagedeck (local runs keep going)").keys(Key.of('q')).in(LIST, JOB, LOGS, HELP, COMPARE, TUNING).onKeyBar());
        b.add(bind(Action.OPEN, "open", "open the selected job: details and log").keys(Key.ENTER).in(LIST).onKeyBar());
        b.add(bind(Action.BACK, "back", "go back / close").keys(Key.ESC).in(JOB, LOGS, HELP, COMPARE, TUNING).onKeyBar());
        // the tuning view: its training jobs ranked, one opens on Enter, Space and = compare them, the plot's x axis on the arrows
        b.add(bind(Action.OPEN, "open", "open the selected training job: details and log").keys(Key.ENTER).in(TUNING).onKeyBar());
        b.add(bind(Action.MARK, "mark", "mark / unmark the training job for compare, then move down").keys(Key.of(' ')).in(TUNING).onKeyBar());
        b.add(bind(Action.COMPARE, "compare", "compare the marked training jobs side by side").keys(Key.of('=')).in(TUNING).onKeyBar());
        b.add(bind(Action.PLOT_NEXT, "plot x", "plot the objective against the next searched hyperparameter").keys(Key.RIGHT).in(TUNING).onKeyBar());
        b.add(bind(Action.PLOT_PREV, "plot x", "plot the objective against the previous searched hyperparameter").keys(Key.LEFT).in(TUNING));
        b.add(bind(Action.REFRESH, "refresh", "read the search and its training jobs again now").keys(Key.of('r')).in(TUNING));
        b.add(bind(Action.NEW_RUN, "new run", "open the launch wizard (local or SageMaker)").keys(Key.of('n')).in(LIST).dangerous().onKeyBar());
        b.add(bind(Action.STOP, "stop", "stop the selected job (asks first; only your own)").keys(Key.of('S')).in(job).dangerous().onKeyBar());
        // the README's first ten minutes mark two jobs and compare them: on the 80-column bar before all/mine and filter
        b.add(bind(Action.MARK, "mark", "mark / unmark the job for compare, then move down").keys(Key.of(' ')).in(LIST).onKeyBar());
        b.add(bind(Action.COMPARE, "compare", "compare the marked jobs side by side").keys(Key.of('=')).in(LIST).onKeyBar());
        b.add(bind(Action.BACK, "clear filter", "clear the filter, when one is set").keys(Key.ESC).in(LIST));
        b.add(bind(Action.UP, "up", "move up").keys(Key.of('k'), Key.UP).in(all));
        b.add(bind(Action.DOWN, "down", "move down").keys(Key.of('j'), Key.DOWN).in(all));
        b.add(bind(Action.PAGE_UP, "page up", "one page up").keys(Key.PAGE_UP).in(all));
        b.add(bind(Action.PAGE_DOWN, "page down", "one page down").keys(Key.PAGE_DOWN).in(all));
        b.add(bind(Action.TOP, "top", "go to the first line").keys(Key.of('g'), Key.HOME).in(all));
        b.add(bind(Action.BOTTOM, "end", "go to the last line; in logs, follow again").keys(Key.of('G'), Key.END).in(all));
        b.add(bind(Action.NEXT_PANE, "log", "switch to the log (full screen)").keys(Key.TAB).in(JOB).onKeyBar());
        b.add(bind(Action.NEXT_PANE, "details", "switch to the details (full screen)").keys(Key.TAB).in(LOGS).onKeyBar());
        b.add(bind(Action.TOGGLE_ALL, "all/mine", "show everyone's jobs or only mine").keys(Key.of('a')).in(LIST).onKeyBar());
        b.add(bind(Action.FILTER, "filter", "filter: text, status:InProgress, where:local").keys(Key.of('/')).in(LIST).onKeyBar());
        b.add(bind(Action.SORT, "sort", "cycle the sort order (created, name, status, elapsed)").keys(Key.of('o')).in(LIST));
        b.add(bind(Action.CLONE, "clone", "clone the job in the wizard (review shows the diff)").keys(Key.of('C')).in(LIST).dangerous());
        b.add(bind(Action.CLONE, "clone", "clone the job in the wizard (review shows the diff)").keys(Key.of('C')).in(JOB, LOGS).dangerous().onKeyBar());
        b.add(bind(Action.PROMOTE, "promote", "promote a local run or search to SageMaker").keys(Key.of('P')).in(job).dangerous());
        b.add(bind(Action.PROMOTE, "promote", "promote the finished local search to a SageMaker tuning job").keys(Key.of('P')).in(TUNING).dangerous());
        b.add(bind(Action.OPEN_TUNING, "search", "the tuning view of the search this job is one of").keys(Key.of('T')).in(JOB, LOGS));
        b.add(bind(Action.SIGNALS, "signals", "list recent signals (ended, stalled, budget); Enter opens the job").keys(Key.of('!')).in(LIST));
        b.add(bind(Action.UNMARK_ALL, "unmark", "clear every mark").keys(Key.of('u')).in(LIST));
        b.add(bind(Action.REFRESH, "refresh", "refresh the job list now").keys(Key.of('r')).in(LIST).onKeyBar());
        // on a search's row only (the key bar asks ActionTargets.appliesToRow): its training jobs fold under it;
        // declared after the list's everyday keys, so help's first page keeps those, and shown first on the
        // key bar where they act (forTheRow), so 80 columns keep them on a search's row
        b.add(bind(Action.EXPAND, "expand", "show a tuning job's training jobs (Enter too)")
                .keys(Key.RIGHT).in(LIST).onKeyBar().forTheRow());
        b.add(bind(Action.COLLAPSE, "fold", "fold them (from one of them too)").keys(Key.LEFT).in(LIST).onKeyBar().forTheRow());
        b.add(bind(Action.OPEN_TUNING, "tuning", "open a tuning job's tuning view").keys(Key.of('t')).in(LIST).onKeyBar().forTheRow());
        b.add(bind(Action.EVALUATE_TEST, "test", "score every compared model on a test CSV (asks for the file)").keys(Key.of('t')).in(COMPARE).onKeyBar());
        b.add(bind(Action.ALL_PARAMS, "all params", "show every hyperparameter / only those that differ").keys(Key.of('d')).in(COMPARE).onKeyBar());
        b.add(bind(Action.SORT, "sort", "order the jobs by the next metric, best first (then marking order)").keys(Key.of('o')).in(COMPARE).onKeyBar());
        b.add(bind(Action.EXPORT_CSV, "csv", "export the comparison as CSV (state directory)").keys(Key.of('e')).in(COMPARE).onKeyBar());
        b.add(bind(Action.EXPORT_JSON, "json", "export the comparison as JSON (state directory)").keys(Key.of('E')).in(COMPARE).onKeyBar());
        b.add(bind(Action.NEXT_STEP, "next/submit", "next step; on the review, submit").keys(Key.ENTER).in(WIZARD).onKeyBar());
        b.add(bind(Action.BACK, "back", "previous step (nothing is lost); on step 1, close").keys(Key.ESC).in(WIZARD).onKeyBar());
        // declared first, so Tab completes in a path field typed in; with nothing to complete it is "next field"
        b.add(bind(Action.COMPLETE_PATH, "complete", "in a path you typed: complete it from the disk (several matches are listed); else next field")
                .keys(Key.TAB).in(WIZARD));
        b.add(bind(Action.NEXT_FIELD, "field", "next field").keys(Key.TAB, Key.DOWN).in(WIZARD).onKeyBar());
        b.add(bind(Action.PREV_FIELD, "prev field", "previous field").keys(new Key("<S-Tab>"), Key.UP).in(WIZARD));
        b.add(bind(Action.CHOICE_NEXT, "choose", "next choice (Space too)").keys(Key.RIGHT).in(WIZARD).onKeyBar());
        b.add(bind(Action.CHOICE_PREV, "choose", "previous choice").keys(Key.LEFT).in(WIZARD));
        b.add(bind(Action.PAGE_UP, "page up", "scroll the review up").keys(Key.PAGE_UP).in(WIZARD));
        b.add(bind(Action.PAGE_DOWN, "page down", "scroll the review down").keys(Key.PAGE_DOWN).in(WIZARD));
        b.add(bind(Action.BROWSE_S3, "browse S3", "browse the s3:// prefix in the data field; Enter picks a file (F2 for tmux, where C-b is taken)")
                .keys(new Key("<C-b>"), new Key("<F2>")).in(WIZARD));
        b.add(bind(Action.RAW_JSON, "raw", "show the raw description as JSON").keys(Key.of('y')).in(JOB, LOGS));
        b.add(bind(Action.COPY_NAME, "copy", "copy the job name (OSC 52, works over SSH)").keys(Key.of('c')).in(job));
        b.add(bind(Action.LOGS_FOLLOW, "follow", "follow the log (pauses when you scroll up)").keys(Key.of('f')).in(LOGS));
        b.add(bind(Action.LOGS_SEARCH, "search", "search the log").keys(Key.of('/')).in(LOGS).onKeyBar());
        b.add(bind(Action.LOGS_NEXT_MATCH, "next", "next match").keys(Key.of('n')).in(LOGS));
        b.add(bind(Action.LOGS_PREV_MATCH, "prev", "previous match").keys(Key.of('N')).in(LOGS));
        b.add(bind(Action.LOGS_WRAP, "wrap", "wrap long lines").keys(Key.of('w')).in(LOGS));
        b.add(bind(Action.LOGS_TIMESTAMPS, "time", "show timestamps").keys(Key.of('t')).in(LOGS));
        b.add(bind(Action.LOGS_SOURCE, "instance", "show one instance's lines / all").keys(Key.of('i')).in(LOGS));
        b.add(bind(Action.LOGS_SAVE, "save", "save the log to a file").keys(Key.of('s')).in(LOGS));
        return new Keymap(b, false);
    }

    /**
     * Applies {@code key.<action>} settings ({@code key.up = i}, {@code key.stop = K,<F8>},
     * {@code key.copy_name = none}). The keys given replace the action's character keys; its
     * named keys (arrows, PgUp/PgDn, Home/End, Enter, Esc, Tab) stay unless the setting lists
     * them or another setting gives them to another action. A key given to an action is taken
     * from every other action of the same views, so no key does two things; "none" removes every
     * key of the action. An unknown action or key name throws a {@link KeyConfigException}.
     */
    public Keymap withOverrides(Map<String, String> overrides) {
        Map<Action, List<Key>> given = new EnumMap<>(Action.class);
        for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
            String setting = "key." + e.getKey();
            Action action = parseAction(setting, e.getKey());
            String value = e.getValue().strip();
            try {
                given.put(action, value.equalsIgnoreCase("none") ? List.of() : KeyNames.parseList(value));
            } catch (IllegalArgumentException bad) {
                throw new KeyConfigException(setting, bad.getMessage());
            }
        }
        Map<Action, Set<View>> viewsOf = new EnumMap<>(Action.class);
        for (Binding b : bindings) {
            viewsOf.computeIfAbsent(b.action(), a -> EnumSet.noneOf(View.class)).addAll(b.views());
        }
        List<Binding> out = new ArrayList<>();
        for (Binding b : bindings) {
            List<Key> keys = new ArrayList<>();
            List<Key> own = given.get(b.action());
            if (own != null) {
                keys.addAll(own);
                if (!own.isEmpty()) {
                    b.keys().stream().filter(KeyNames::isNamedKey).filter(k -> !keys.contains(k)).forEach(keys::add);
                }
            } else {
                keys.addAll(b.keys());
            }
            for (Map.Entry<Action, List<Key>> other : given.entrySet()) {
                boolean sharesAView = viewsOf.getOrDefault(other.getKey(), Set.of()).stream().anyMatch(b::appliesTo);
                if (other.getKey() != b.action() && sharesAView) {
                    keys.removeAll(other.getValue());
                }
            }
            if (!keys.isEmpty()) {
                out.add(b.withKeys(keys));
            }
        }
        return new Keymap(out, readOnly);
    }

    private static Action parseAction(String setting, String name) {
        try {
            return Action.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new KeyConfigException(setting, "unknown key action '" + name.strip() + "'; `sagedeck keys` lists the actions");
        }
    }

    /** The name of an action in the config file and in {@code sagedeck keys} ("copy_name"). */
    public static String name(Action action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Read-only mode: dangerous bindings stay listed (help marks them disabled) but leave the key
     * bar, and the reducer refuses them by their flag, saying why.
     */
    public Keymap readOnly() {
        return new Keymap(bindings, true);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** False for a dangerous binding in read-only mode. */
    public boolean enabled(Binding b) {
        return !(readOnly && b.isDangerous());
    }

    /** The binding a key has in a view, if any (the first one declared). */
    public Optional<Binding> bindingFor(Key key, View view) {
        return bindings.stream().filter(b -> b.has(key) && b.appliesTo(view)).findFirst();
    }

    public Optional<Action> actionFor(Key key, View view) {
        return bindingFor(key, view).map(Binding::action);
    }

    /** Bindings of a view in declaration order (the help screen). */
    public List<Binding> forView(View view) {
        return bindings.stream().filter(b -> b.appliesTo(view)).toList();
    }

    /** The key bar of a view: bindings marked for it and enabled, one per action. */
    public List<Binding> keyBar(View view) {
        List<Binding> out = new ArrayList<>();
        for (Binding b : forView(view)) {
            if (b.isOnKeyBar() && enabled(b) && out.stream().noneMatch(o -> o.action() == b.action())) {
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
