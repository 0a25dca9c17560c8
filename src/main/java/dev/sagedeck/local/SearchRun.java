package dev.sagedeck.local;

import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.tuning.Configurations;
import dev.sagedeck.domain.tuning.ParallelLimit;
import dev.sagedeck.domain.tuning.TuningPlan;
import dev.sagedeck.xgboost.SearchData;
import dev.sagedeck.xgboost.TrainingListener;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * A local search inside its job process ({@link JobProcess}, so it outlives the terminal): it reads
 * and prepares the data once, then trains the configurations on up to {@link ParallelLimit} worker
 * threads, each configuration a child job with its own record, log, metrics and model
 * ({@link SearchChild}). Its own record is the search's: InProgress while configurations run, then
 * Completed (or Stopped, or Failed when every configuration failed).
 *
 * <p>SIGTERM: when the search's record says Stopping (a stop of the search) or no configuration's
 * does, the whole search stops: no configuration starts any more and the running ones finish their
 * round and save their model; when a configuration's record says Stopping, only that one stops.
 */
final class SearchRun {
    private final Lifecycle life;
    private final StopSignal stop;
    private final LocalJobStore store;
    private final Clock clock;
    private final PrintStream log;
    private final ProcessIdentity me;
    private final SearchChildren children;

    SearchRun(Lifecycle life, StopSignal stop, LocalJobStore store, Clock clock, PrintStream log, ProcessIdentity me) {
        this.life = life;
        this.stop = stop;
        this.store = store;
        this.clock = clock;
        this.log = log;
        this.me = me;
        this.children = new SearchChildren(store);
    }

    /** Instead of {@link StopSignal#install}: a SIGTERM may be for one configuration only (see the class comment). */
    void install() {
        stop.onStop(children::stopAll);
        Signal.handle(new Signal("TERM"), sig -> onTerm());
    }

    /** Trains every configuration of the search in {@code r}, its data staged, and records how the search ended. */
    void run(JobRecord r) throws InterruptedException {
        TuningPlan plan = r.search.plan(r.hyperParameters);
        List<Map<String, String>> configurations = Configurations.of(plan);
        life.phase("Training", "Reading the data once for %d configurations.".formatted(configurations.size()));
        SearchData data = SearchData.load(r.channel("train"), r.channel("test"), r.launch.preset(), r.launch.label(),
                r.launch.drop(), r.hyperParameters, listener());
        ParallelLimit limit = ParallelLimit.of(plan.limits().maxParallel(), Runtime.getRuntime().availableProcessors(),
                SearchData.availableBytes(), data.sharedBytes(), data.perWorkerBytes());
        life.update(rec -> {
            rec.search.parallel = limit.parallel();
            rec.search.threads = limit.threads();
            rec.search.parallelReason = limit.reason();
        });
        life.say("Search: %d configurations, %s, objective %s (%s); %s; %d XGBoost threads each%s".formatted(
                configurations.size(), plan.strategy().apiName(), plan.objective().metric(),
                plan.objective().direction().apiName().toLowerCase(java.util.Locale.ROOT), limit.reason(), limit.threads(),
                plan.earlyStopping() == dev.sagedeck.domain.tuning.EarlyStopping.AUTO ? "; early stopping: median rule" : ""));
        AtomicInteger next = new AtomicInteger();
        SearchChild.Shared shared = new SearchChild.Shared(r, plan, data, limit.threads(), children, stop::requested, life, store, clock,
                me, new RoundHistory());
        Thread[] workers = new Thread[limit.parallel()];
        for (int w = 0; w < workers.length; w++) {
            int worker = w + 1;
            workers[w] = new Thread(() -> work(worker, shared, configurations, next), "search-worker-" + worker);
            workers[w].start();
        }
        for (Thread t : workers) t.join();
        finish(configurations.size());
    }

    private void work(int worker, SearchChild.Shared shared, List<Map<String, String>> configurations, AtomicInteger next) {
        try (SearchData.WorkerMatrices matrices = shared.data().matrices(listener())) {
            for (int i = next.getAndIncrement(); i < configurations.size() && !shared.stopRequested().getAsBoolean(); i = next.getAndIncrement()) {
                SearchChild.Outcome o = new SearchChild(shared, i + 1, configurations.get(i), matrices).run();
                life.say("Configuration %d of %d (%s): %s".formatted(i + 1, configurations.size(), o.name(), o.summary()));
            }
        } catch (RuntimeException e) {
            e.printStackTrace(log);
            life.say("Worker " + worker + " ended: " + e.getMessage());
        }
    }

    private void finish(int planned) {
        JobRecord r = life.current();
        SearchRecord s = r.search;
        int ran = s.children.size();
        String best = s.bestJob == null ? "no configuration finished with a value of " + s.objective
                : "best %s with %s %s".formatted(s.bestJob, s.objective, SearchChild.value(s.bestValue));
        String counts = "%d of %d configurations ran: %d completed, %d stopped early, %d stopped, %d failed".formatted(
                ran, planned, s.completed, s.stoppedEarly, s.stopped, s.failed);
        if (stop.requested()) {
            life.stopped("Search stopped; " + counts + "; " + best);
        } else if (ran > 0 && s.failed == ran) {
            String first = store.find(s.children.get(0)).map(c -> c.failureReason).orElse("see its log");
            life.failed("every configuration failed; the first: " + first);
        } else {
            life.phase("Uploading", "Writing the search's results.");
            life.completed("Search completed; " + counts + "; " + best);
        }
    }

    /** The engine's lines into the search's log; the search announces its own phases (reading the data is part of its Training). */
    private TrainingListener listener() {
        return new RunListener(life, log) {
            @Override
            public void phase(String secondaryStatus) {}
        };
    }

    /** A stop of the search, or of one configuration (see the class comment). */
    private void onTerm() {
        boolean searchStopping = JobStatus.STOPPING.equals(life.current().jobStatus());
        if (searchStopping || !children.stopThoseMarkedStopping()) {
            stop.request();
        }
    }
}
