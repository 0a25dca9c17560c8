package dev.sagedeck.app.keys;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab completion of a typed path, as a shell does it: the longest common start of the names in
 * its directory that begin with what follows the last {@code /}. Pure: the runtime lists the
 * directory off the UI thread ({@link #directoryOf}) and hands the names in.
 */
public final class PathCompletion {
    private PathCompletion() {}

    /** The typed path completed as far as it is unambiguous, and every name that matched (directories end in {@code /}). */
    public record Result(String completed, List<String> candidates) {
        public Result {
            candidates = List.copyOf(candidates);
        }
    }

    /** The names in {@code dir} (directories end in {@code /}), listed ahead of a Tab. */
    public record Listing(String dir, List<String> names) {
        public Listing {
            names = List.copyOf(names);
        }
    }

    /** The directory whose names complete {@code typed}: its part up to the last {@code /} ("" is the working directory). */
    public static String directoryOf(String typed) {
        int slash = typed.lastIndexOf('/');
        return slash < 0 ? "" : typed.substring(0, slash + 1);
    }

    /** {@code names}: the entries of {@link #directoryOf}, directories with a trailing {@code /}. */
    public static Result complete(String typed, List<String> names) {
        String dir = directoryOf(typed);
        String start = typed.substring(dir.length());
        List<String> matches = new ArrayList<>();
        for (String n : names) {
            // hidden entries only when asked for, as shells do
            if (n.startsWith(start) && (start.startsWith(".") || !n.startsWith("."))) {
                matches.add(n);
            }
        }
        matches.sort(null);
        if (matches.isEmpty()) {
            return new Result(typed, List.of());
        }
        String common = matches.get(0);
        for (String m : matches) {
            int i = 0;
            while (i < common.length() && i < m.length() && common.charAt(i) == m.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        return new Result(dir + common, matches);
    }
}
