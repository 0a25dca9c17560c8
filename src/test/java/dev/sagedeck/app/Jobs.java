package dev.sagedeck.app;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test data: training jobs as a user would see them. */
public final class Jobs {
    public static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    private Jobs() {}

    public static TrainingJob running(String name, String owner) {
        return sagemaker(name, owner, JobStatus.IN_PROGRESS, "Training", T0.minusSeconds(300));
    }

    public static TrainingJob sagemaker(String name, String owner, JobStatus status, String phase, Instant created) {
        return TrainingJob.builder(name, Backend.SAGEMAKER)
                .arn("arn:aws:sagemaker:us-east-1:123456789012:training-job/" + name)
                .status(status).secondaryStatus(phase).owner(owner)
                .tags(owner == null ? Map.of() : Map.of("owner", owner))
                .timing(new Timing(created, created.plusSeconds(60), status.isFinal() ? created.plusSeconds(600) : null, null, null))
                .resources(new Resources("ml.m5.large", 2, 30, 3600, false, 0))
                .transitions(List.of(new StatusTransition("Starting", created, created.plusSeconds(60), "Launching requested ML instances"),
                        new StatusTransition("Training", created.plusSeconds(60), status.isFinal() ? created.plusSeconds(600) : null, null)))
                .hyperParameters(Map.of("max_depth", "3", "eta", "0.1", "num_round", "100"))
                .build();
    }

    public static TrainingJob local(String name, String owner, JobStatus status, Instant created) {
        return TrainingJob.builder(name, Backend.LOCAL).status(status).owner(owner)
                .secondaryStatus(status.isFinal() ? status.text() : "Training")
                .timing(new Timing(created, created.plusSeconds(2), status.isFinal() ? created.plusSeconds(20) : null, null, null))
                .resources(Resources.local(0))
                .build();
    }
}
