package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.TrainingJob;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A search seen as a job, so the one ownership rule ({@code Ownership.ownerOf}) and the one stop rule
 * ({@code StopPolicy}) decide about it as about a training job: its name, ARN, status, owner, times
 * and tags, with how many of its training jobs run and what they cost so far in two tags of its own.
 */
public final class SearchAsJob {
    /** The kind tag ({@link TuningTags#KIND}) of a tuning job seen as a job. */
    public static final String TUNING_JOB = "tuning-job";
    /** Tags of that view: how many of its training jobs run, and their cost so far in US dollars. */
    public static final String RUNNING = "sagedeck:running-children";
    public static final String COST = "sagedeck:cost-so-far-usd";

    private SearchAsJob() {}

    /** The search as a job: name, ARN, status, owner (recorded), times, tags (the owner tag among them). */
    public static TrainingJob of(TuningJob t) {
        Map<String, String> tags = new HashMap<>(t.tags());
        tags.put(TuningTags.KIND, TUNING_JOB);
        tags.put(RUNNING, Integer.toString(t.counters().inProgress()));
        if (t.costSoFar() != null) tags.put(COST, String.format(Locale.ROOT, "%.2f", t.costSoFar()));
        return TrainingJob.builder(t.name(), t.backend())
                .arn(t.arn())
                .status(t.status())
                .owner(t.owner())
                .timing(t.timing())
                .tags(tags)
                .tagsKnown(!t.tags().isEmpty())
                .image("hyperparameter tuning job (" + t.strategy().apiName() + ")")
                .raw(t.raw())
                .build();
    }

    /** True for a search's own job: a tuning job seen as a job, or a local search's record. */
    public static boolean isSearch(TrainingJob job) {
        String kind = job.tags().get(TuningTags.KIND);
        return TUNING_JOB.equals(kind) || TuningTags.LOCAL_SEARCH.equals(kind);
    }

    /** The search a training job belongs to (its {@link TuningTags#TUNING_JOB} tag), if any. */
    public static Optional<String> parentOf(TrainingJob job) {
        String parent = job.tags().get(TuningTags.TUNING_JOB);
        return parent == null || parent.isBlank() || parent.equals(job.name()) ? Optional.empty() : Optional.of(parent);
    }

    /** How many of a search's training jobs run, from the view's tag; null when the view does not say. */
    public static Integer running(TrainingJob job) {
        try {
            String v = job.tags().get(RUNNING);
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The cost so far of a search's training jobs, from the view's tag; null when unknown. */
    public static Double costSoFar(TrainingJob job) {
        try {
            String v = job.tags().get(COST);
            return v == null ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
