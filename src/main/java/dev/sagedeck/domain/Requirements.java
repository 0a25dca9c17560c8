package dev.sagedeck.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A script's {@code requirements.txt}: the framework containers (through the SageMaker training
 * toolkit) install the one at the root of the source directory with pip before the script starts,
 * and a local run does the same in a virtual environment. One sentence says so in the review, the
 * dry run and the local log.
 */
public final class Requirements {
    /** The file name the training toolkit looks for, at the root of the code directory. */
    public static final String FILE = "requirements.txt";

    private Requirements() {}

    /** The requirement lines: blank lines, comments and pip options ({@code -r}, {@code --index-url}) left out. */
    public static List<String> packages(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.replaceFirst("(^|\\s)#.*$", "").strip();
            if (!l.isEmpty() && !l.startsWith("-")) {
                out.add(l);
            }
        }
        return out;
    }

    /** "requirements.txt (2 packages: pandas==2.2.2, pyarrow) is installed with pip before the script starts". */
    public static String sentence(String text, String where) {
        List<String> p = packages(text);
        String list = p.isEmpty() ? "no packages" : p.size() + (p.size() == 1 ? " package: " : " packages: ")
                + String.join(", ", p.size() > 6 ? p.subList(0, 6) : p) + (p.size() > 6 ? ", ..." : "");
        return "%s (%s) is installed with pip %s before the script starts".formatted(FILE, list, where);
    }
}
