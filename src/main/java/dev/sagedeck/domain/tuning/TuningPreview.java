package dev.sagedeck.domain.tuning;

import java.util.List;

/**
 * A search worked out before anything is sent: its name, the CreateHyperParameterTuningJob request
 * as JSON (member names as AWS spells them; null for a local search), the uploads it needs, notes,
 * the cost ceiling (null when the price is unknown), and the expected wall time with how it was had
 * from {@code limits} (the configurations and how many run at once, as this backend will run them).
 */
public record TuningPreview(String name, String requestJson, List<String> uploads, List<String> notes,
                            Double ceilingUsd, String ceilingHow, long expectedWallSeconds, String wallHow, TuningLimits limits) {
    public TuningPreview {
        uploads = List.copyOf(uploads);
        notes = List.copyOf(notes);
    }

    /** A preview whose expected wall time is ceil(max jobs / parallel) x {@code one} job's time. */
    public static TuningPreview of(String name, String requestJson, List<String> uploads, List<String> notes, Double ceilingUsd,
                                   String ceilingHow, TuningLimits limits, OneJobTime one) {
        return new TuningPreview(name, requestJson, uploads, notes, ceilingUsd, ceilingHow,
                TuningCost.expectedWallSeconds(limits, one.seconds()), TuningCost.wallHow(limits, one), limits);
    }

    /** This preview with its expected wall time worked out from {@code one} job's time (measured or estimated). */
    public TuningPreview withWall(OneJobTime one) {
        return of(name, requestJson, uploads, notes, ceilingUsd, ceilingHow, limits, one);
    }
}
