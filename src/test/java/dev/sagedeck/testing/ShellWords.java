package dev.sagedeck.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A POSIX shell's words of a command line quoted as the wizard's review quotes it ('...' with '\\''
 * for a quote, a backslash escaping one character): what a user's shell would pass to sagedeck.
 */
public final class ShellWords {
    private ShellWords() {}

    /** The words of {@code line}. */
    public static List<String> of(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(word.toString());
        }
        return out;
    }
}
