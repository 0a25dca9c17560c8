package dev.sagedeck.app.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Key names as users write them in the config file ({@code key.up = k,Up}): one character, a
 * named key (Up, PgDn, Enter, F5 ...), or C-x / A-x; also the help's own form ({@code <Up>}).
 */
public final class KeyNames {
    private KeyNames() {}

    /** What a bad name is told, listing what is accepted. */
    public static final String ACCEPTED = "use one character (K), a name (Up, Down, Left, Right, PgUp, PgDn, Home, End, "
            + "Enter, Esc, Tab, S-Tab, Backspace, Delete, Space, Comma, F1-F12) or C-x / A-x; separate several keys with commas";

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("up", "<Up>"), Map.entry("down", "<Down>"), Map.entry("left", "<Left>"), Map.entry("right", "<Right>"),
            Map.entry("pgup", "<PageUp>"), Map.entry("pageup", "<PageUp>"), Map.entry("pgdn", "<PageDown>"),
            Map.entry("pagedown", "<PageDown>"), Map.entry("home", "<Home>"), Map.entry("end", "<End>"),
            Map.entry("enter", "<Enter>"), Map.entry("return", "<Enter>"), Map.entry("esc", "<Esc>"), Map.entry("escape", "<Esc>"),
            Map.entry("tab", "<Tab>"), Map.entry("s-tab", "<S-Tab>"), Map.entry("backtab", "<S-Tab>"),
            Map.entry("backspace", "<Backspace>"), Map.entry("delete", "<Delete>"), Map.entry("del", "<Delete>"),
            Map.entry("space", " "), Map.entry("comma", ","));

    /**
     * The keys of one config value ({@code "k, Up"}), in order; a name that is not a key throws
     * {@link IllegalArgumentException} whose message is the problem, for one line of config error.
     */
    public static List<Key> parseList(String value) {
        List<Key> out = new ArrayList<>();
        for (String token : value.split(",", -1)) {
            Key k = parse(token.strip()).orElseThrow(() -> new IllegalArgumentException(
                    (token.isBlank() ? "an empty key name in '" + value.strip() + "'" : "'" + token.strip() + "' is not a key")
                            + ": " + ACCEPTED));
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** One key name, or empty when it is none. */
    public static Optional<Key> parse(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.length() == 1) {
            char c = name.charAt(0);
            return Character.isISOControl(c) || Character.isWhitespace(c) ? Optional.empty() : Optional.of(Key.of(c));
        }
        String n = name.startsWith("<") && name.endsWith(">") ? name.substring(1, name.length() - 1) : name;
        String lower = n.toLowerCase(Locale.ROOT);
        if (NAMED.containsKey(lower)) {
            return Optional.of(new Key(NAMED.get(lower)));
        }
        if (lower.matches("f([1-9]|1[0-2])")) {
            return Optional.of(new Key("<F" + lower.substring(1) + ">"));
        }
        String mod = lower.startsWith("ctrl-") ? "C" : lower.startsWith("alt-") ? "A"
                : lower.startsWith("c-") ? "C" : lower.startsWith("a-") ? "A" : null;
        if (mod != null) {
            String rest = n.substring(n.indexOf('-') + 1);
            if (mod.equals("C") && rest.matches("[a-zA-Z]")) {
                return Optional.of(new Key("<C-" + rest.toLowerCase(Locale.ROOT) + ">"));
            }
            if (mod.equals("A") && rest.length() == 1 && !Character.isWhitespace(rest.charAt(0))) {
                return Optional.of(new Key("<A-" + rest + ">"));
            }
        }
        return Optional.empty();
    }

    /**
     * The keys a remap leaves with their action (arrows, PgUp/PgDn, Home/End, Enter, Esc, Tab):
     * {@code key.up = i} keeps the Up arrow working.
     */
    public static boolean isNamedKey(Key key) {
        return NAVIGATION.contains(key.code());
    }

    private static final java.util.Set<String> NAVIGATION = java.util.Set.of("<Up>", "<Down>", "<Left>", "<Right>",
            "<PageUp>", "<PageDown>", "<Home>", "<End>", "<Enter>", "<Esc>", "<Tab>", "<S-Tab>");

    /** How a key is written for people and in the config ("k", "Up", "PageDown", "Space", "C-b"); the config reads it back. */
    public static String display(Key key) {
        String code = key.code();
        if (code.equals(" ")) {
            return "Space";
        }
        if (code.equals(",")) {
            return "Comma"; // a bare comma would split the config value it is written back into
        }
        if (code.length() > 2 && code.startsWith("<") && code.endsWith(">")) {
            return code.substring(1, code.length() - 1);
        }
        return code;
    }
}
