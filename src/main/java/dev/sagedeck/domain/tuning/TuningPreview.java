package dev.sagedeck.domain.tuning;

import java.util.List;

/**
 * A SageMaker search worked out before anything is sent: its name, the CreateHyperParameterTuningJob
 * request as JSON (member names as AWS spells them), the uploads it needs, notes, the cost ceiling
 * (null when the price is unknown) and the expected wall time with how it was had.
 */
public record TuningPreview(String name, String requestJson, List<String> uploads, List<String> notes,
                            Double ceilingUsd, String ceilingHow, long expectedWallSeconds, String wallHow) {
    public TuningPreview {
        uploads = List.copyOf(uploads);
        notes = List.copyOf(notes);
    }
}
