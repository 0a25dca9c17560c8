package dev.sagedeck.usecase;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.OneJobTime;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningPreview;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.PartialListException;
import dev.sagedeck.port.TrainingJobs;
import dev.sagedeck.port.TuningJobs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A search before it starts, for the wizard's review and {@code tune --dry-run} alike: the backend's
 * preview (SageMaker: the CreateHyperParameterTuningJob request and its cost ceiling; local: how many
 * configurations fit this machine at once) with the expected wall time from one job's time, measured
 * on my newest completed job of the same data and algorithm when there is one ({@link OneJobTime}),
 * and the launch's pre-submit checks. Blocking (files, AWS): run it off the UI thread.
 */
public final class TuningReview {
    /** SageMaker's list has no channels: at most this many of my newest completed jobs are described to find the data. */
    static final int DESCRIBED = 5;

    /** The preview and the checks of the training job one configuration would be. */
    public record Plan(TuningPreview preview, List<CheckResult> checks) {
        public Plan {
            checks = List.copyOf(checks);
        }
    }

    private final Map<Backend, TuningJobs> tuning = new EnumMap<>(Backend.class);
    private final TrainingJobs jobs;
    private final LaunchReview review;

    /** {@code tuning}: the searches of each backend there is; {@code jobs}: where the time is measured; {@code review}: checks (null: none). */
    public TuningReview(List<TuningJobs> tuning, TrainingJobs jobs, LaunchReview review) {
        tuning.forEach(t -> this.tuning.put(t.backend(), t));
        this.jobs = jobs;
        this.review = review;
    }

    /** The searches of a backend; INVALID when that backend has none here. */
    public TuningJobs on(Backend backend) {
        TuningJobs t = tuning.get(backend);
        if (t == null) throw new BackendException(BackendException.Kind.INVALID, "no " + backend.label() + " searches here (SageMaker is not configured)");
        return t;
    }

    /** The dry run: the backend's preview with the expected wall time from a measured job where there is one. */
    public TuningPreview preview(TuningLaunch launch) {
        TuningPreview p = on(launch.base().backend()).preview(launch);
        return p.withWall(oneJob(launch.base()));
    }

    /** The review: the dry run and the checks of one configuration's job (under the name the preview shows). */
    public Plan plan(TuningLaunch launch) {
        TuningPreview p = preview(launch);
        List<CheckResult> checks = new ArrayList<>();
        if (review != null) {
            LaunchSpec base = launch.base();
            review.planning(base.backend()).ifPresent(planning -> checks.addAll(planning.check(base.name() == null ? base.withName(p.name()) : base)));
        }
        return new Plan(p, checks);
    }

    /** Starts the search the review showed. */
    public TuningJob launch(TuningLaunch launch) {
        return on(launch.base().backend()).launch(launch);
    }

    /** One job's time for a search of {@code base}: measured on my newest completed job of the same data and algorithm, else estimated. */
    public OneJobTime oneJob(LaunchSpec base) {
        List<TrainingJob> mine;
        try {
            mine = jobs.list(JobScope.MINE);
        } catch (PartialListException partly) {
            mine = partly.listed();
        } catch (BackendException e) {
            return OneJobTime.of(List.of(), base); // no list, no measurement: the estimate, said as such
        }
        // every job with its channels (a local search's record tells its configurations' data), and my newest completed ones described
        List<TrainingJob> known = new ArrayList<>(mine.stream().filter(j -> !j.channels().isEmpty()).toList());
        int described = 0;
        List<TrainingJob> newest = mine.stream().filter(j -> JobStatus.COMPLETED.equals(j.status()) && j.channels().isEmpty())
                .sorted(Comparator.comparing((TrainingJob j) -> j.timing() == null || j.timing().ended() == null ? java.time.Instant.MIN : j.timing().ended())
                        .reversed()).toList();
        for (TrainingJob j : newest) {
            if (described < DESCRIBED) {
                described++;
                try {
                    known.add(jobs.describe(j.name())); // a list summary has no channels; the data is in the description
                } catch (BackendException gone) {
                    // a job that cannot be described measures nothing
                }
            }
        }
        return OneJobTime.of(known, base);
    }
}
