package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.keys.Binding;
import dev.sagedeck.app.keys.KeyNames;
import dev.sagedeck.app.keys.Keymap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sagedeck keys}: every action of the dashboard with its keys (the config file's remaps
 * applied), where it works and what it does: the names to write in {@code key.<action>=}.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = {
        "List every dashboard action with its keys (your config file's key.<action> settings applied), where it works",
        "and what it does. Remap in the config file: key.<action>=k,Up (several keys), key.<action>=none (off)."})
public final class KeysCommand extends WiredCommand {
    @Option(names = "--json", description = "One JSON array: action, keys, views, label, help, dangerous.")
    boolean json;

    public KeysCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() {
        Keymap keymap = wiring.keymap();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Binding b : keymap.all()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("action", Keymap.name(b.action()));
                row.put("keys", keys(b));
                row.put("views", views(b));
                row.put("label", b.label());
                row.put("help", b.help());
                row.put("dangerous", b.isDangerous());
                rows.add(row);
            }
            CliOutput.json(out, rows);
            return ExitCodes.OK;
        }
        int actionWidth = Math.max(6, keymap.all().stream().mapToInt(b -> Keymap.name(b.action()).length()).max().orElse(6));
        int keysWidth = Math.max(4, keymap.all().stream().mapToInt(b -> String.join(",", keys(b)).length()).max().orElse(4));
        int viewsWidth = Math.max(5, keymap.all().stream().mapToInt(b -> String.join(",", views(b)).length()).max().orElse(5));
        String format = "%-" + actionWidth + "s  %-" + keysWidth + "s  %-" + viewsWidth + "s  %s%n";
        out.printf(format, "ACTION", "KEYS", "WHERE", "WHAT IT DOES");
        for (Binding b : keymap.all()) {
            out.printf(format, Keymap.name(b.action()), String.join(",", keys(b)), String.join(",", views(b)),
                    b.help() + (b.isDangerous() ? " (off with --read-only)" : ""));
        }
        out.println();
        out.println("Remap in " + wiring.configFile() + ": key.<action>=k,Up (several keys), key.<action>=none (off).");
        out.println("Arrows, PgUp/PgDn, Home/End, Enter, Esc and Tab stay with their action unless another action takes them.");
        out.flush();
        return ExitCodes.OK;
    }

    /** The keys as the config file writes them ("k", "Up", "C-b"), so a line can be copied back. */
    private static List<String> keys(Binding b) {
        return b.keys().stream().map(KeyNames::display).toList();
    }

    private static List<String> views(Binding b) {
        return b.views().stream().sorted().map(v -> v == Binding.View.LOGS ? "log" : v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
