package dev.sagedeck.domain.tuning;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a search stops configurations that do badly (SageMaker's TrainingJobEarlyStoppingType). Auto
 * applies the median rule: a configuration whose objective at round r is worse than the median of
 * the earlier configurations at round r stops there ({@link MedianRule}).
 */
public enum EarlyStopping {
    OFF("Off"),
    AUTO("Auto");

    private final String apiName;

    EarlyStopping(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<EarlyStopping> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "off", "none", "false" -> Optional.of(OFF);
            case "auto", "median", "on", "true" -> Optional.of(AUTO);
            default -> Optional.empty();
        };
    }
}
