package dev.sagedeck.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line the user wrote into words, the way a shell splits words and nothing more:
 * spaces separate, single quotes keep everything literal, double quotes keep spaces, a backslash
 * escapes the next character. No variables, globs, pipes or substitutions: {@code ;}, {@code |},
 * {@code $(...)} are ordinary characters of a word. Whoever wants a shell writes {@code sh -c '...'}.
 */
final class CommandWords {
    private CommandWords() {}

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\\' && i + 1 < line.length() && quote != '\'') {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " in --notify-cmd");
        }
        if (inWord) {
            words.add(w.toString());
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("--notify-cmd is empty");
        }
        return words;
    }
}
