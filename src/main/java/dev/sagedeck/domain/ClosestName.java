package dev.sagedeck.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The one rule for "did you mean ...?": the candidate a likely typo was meant to be. */
public final class ClosestName {
    private ClosestName() {}

    /**
     * The candidate closest to {@code typed} when it is a likely typo: at most 2 edits away and fewer
     * edits than half the shorter name (so {@code -x} suggests nothing and {@code bogus} is not {@code logs}),
     * or else the only candidate it begins.
     */
    public static Optional<String> among(Collection<String> candidates, String typed) {
        Optional<String> near = candidates.stream()
                .filter(c -> {
                    int d = distance(c, typed);
                    return d <= 2 && d * 2 < Math.min(c.length(), typed.length());
                })
                .min(Comparator.comparingInt((String c) -> distance(c, typed)).thenComparing(Comparator.naturalOrder()));
        if (near.isPresent() || typed.isEmpty()) {
            return near;
        }
        var prefixed = candidates.stream().filter(c -> c.startsWith(typed)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** Damerau-Levenshtein (optimal string alignment): a swapped pair of letters counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
