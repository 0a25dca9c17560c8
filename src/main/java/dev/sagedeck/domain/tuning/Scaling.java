package dev.sagedeck.domain.tuning;

import java.util.Locale;
import java.util.Optional;

/**
 * How a numeric range is searched, with SageMaker's names. Auto, locally: logarithmic when the
 * range is positive and spans at least a factor of 10 (0.01:0.3), else linear; SageMaker decides for itself.
 */
public enum Scaling {
    AUTO("Auto", "auto"),
    LINEAR("Linear", "lin"),
    LOGARITHMIC("Logarithmic", "log");

    private final String apiName;
    private final String shortName;

    Scaling(String apiName, String shortName) {
        this.apiName = apiName;
        this.shortName = shortName;
    }

    /** The name in a CreateHyperParameterTuningJob request. */
    public String apiName() {
        return apiName;
    }

    /** The name in the range syntax ({@code eta=0.01:0.3:log}). */
    public String shortName() {
        return shortName;
    }

    /** {@code log}, {@code logarithmic}, {@code lin}, {@code linear} or {@code auto}, any case. */
    public static Optional<Scaling> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Scaling s : values()) {
            if (s.shortName.equals(t) || s.apiName.toLowerCase(Locale.ROOT).equals(t)) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** What Auto means here for a range from {@code min} to {@code max}. */
    public Scaling resolved(double min, double max) {
        if (this != AUTO) return this;
        return min > 0 && max / min >= 10 ? LOGARITHMIC : LINEAR;
    }
}
