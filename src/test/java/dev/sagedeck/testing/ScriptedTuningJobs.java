package dev.sagedeck.testing;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.OneJobTime;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningPreview;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Our own TuningJobs port scripted for dashboard tests (never the SDK): the preview is made from
 * the launch, with a fixed name and price so screens are stable; launches are recorded.
 */
public final class ScriptedTuningJobs implements dev.sagedeck.port.TuningJobs {
    private final Backend backend;
    private final List<TuningLaunch> launches = Collections.synchronizedList(new ArrayList<>());

    public ScriptedTuningJobs(Backend backend) {
        this.backend = backend;
    }

    public List<TuningLaunch> launches() {
        return List.copyOf(launches);
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Override
    public TuningPreview preview(TuningLaunch launch) {
        var l = launch.plan().limits();
        if (backend == Backend.LOCAL) {
            return TuningPreview.of(null, null, List.of(), List.of("parallel: " + l.maxParallel() + " at once (asked " + l.maxParallel()
                    + "; 2 cores, 3000 MB available, ~30 MB per configuration besides 0 MB of shared data)"), 0.0, "free (this machine)", l,
                    OneJobTime.ESTIMATED_LOCAL);
        }
        String name = launch.base().name() != null ? launch.base().name() : "alice-tune-1126-120000";
        double ceiling = l.maxJobs() * 0.115 * launch.base().resources().maxRuntimeSeconds() / 3600.0;
        return TuningPreview.of(name, "{\n  \"HyperParameterTuningJobName\": \"" + name + "\",\n  \"HyperParameterTuningJobConfig\": {\"Strategy\": \""
                + launch.plan().strategy().apiName() + "\"}\n}", List.of("s3://b/out/" + name + "/input/train/train.csv  (training data)"),
                List.of(), ceiling, l.maxJobs() + " jobs x " + launch.base().resources().maxRuntimeSeconds() + " s max runtime x $0.1150/h (test) x 1 instance(s)",
                l, OneJobTime.ESTIMATED_SAGEMAKER);
    }

    @Override
    public List<TuningJob> list(JobScope scope) {
        return List.of();
    }

    @Override
    public TuningJob describe(String name) {
        throw new dev.sagedeck.port.BackendException(dev.sagedeck.port.BackendException.Kind.NOT_FOUND, "no search named " + name);
    }

    @Override
    public List<TrainingJob> children(String name) {
        return List.of();
    }

    @Override
    public TuningJob launch(TuningLaunch launch) {
        launches.add(launch);
        String name = launch.base().name() != null ? launch.base().name() : "alice-tune-1";
        var p = launch.plan();
        return new TuningJob(name, null, backend, JobStatus.IN_PROGRESS, "alice", null, p.strategy(), p.objective(),
                p.ranges().stream().map(r -> r.text()).toList(), p.staticHyperParameters(), p.limits(), p.earlyStopping(),
                new TuningJob.Counters(0, 0, 0, 0, 0), null, null, null, null, Map.of(), null);
    }

    @Override
    public void stop(String name) {
        throw new UnsupportedOperationException("not scripted");
    }
}
