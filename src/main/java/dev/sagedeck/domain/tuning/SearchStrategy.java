package dev.sagedeck.domain.tuning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the configurations of a search are chosen, with SageMaker's names; local search knows Random and Grid. */
public enum SearchStrategy {
    RANDOM("Random", true),
    GRID("Grid", true),
    BAYESIAN("Bayesian", false),
    HYPERBAND("Hyperband", false);

    private final String apiName;
    private final boolean local;

    SearchStrategy(String apiName, boolean local) {
        this.apiName = apiName;
        this.local = local;
    }

    public String apiName() {
        return apiName;
    }

    /** True when a local search can run it; the others are SageMaker's own. */
    public boolean runsLocally() {
        return local;
    }

    public static Optional<SearchStrategy> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.apiName.toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }

    /** "random, grid, bayesian, hyperband" for messages. */
    public static String names() {
        return Arrays.stream(values()).map(s -> s.apiName.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
