package dev.sagedeck.local;

import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.tuning.Configurations;
import dev.sagedeck.domain.tuning.ParallelLimit;
import dev.sagedeck.domain.tuning.TuningPlan;
import dev.sagedeck.xgboost.SearchData;
import dev.sagedeck.xgboost.TrainingListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * The main class of a local search's own OS process (started like {@link JobProcess}, so it
 * outlives the terminal): it reads and prepares the data once, then trains the configurations on
 * up to {@link ParallelLimit} worker threads, each configuration a child job with its own record,
 * log, metrics and model ({@link SearchChild}). Its own record is the search's: InProgress while
 * configurations run, then Completed (or Stopped, or Failed when every configuration failed).
 *
 * <p>SIGTERM: when the search's record says Stopping (a stop of the search) or no configuration's
 * does, the whole search stops: no configuration starts any more and the running ones finish their
 * round and save their model; when a configuration's record says Stopping, only that one stops.
 */
public final class SearchProcess {
    private final JobDir dir;
    private final Clock clock;
    private final PrintStream log;

    SearchProcess(JobDir dir, Clock clock, PrintStream log) {
        this.dir = dir;
        this.clock = clock;
        this.log = log;
    }

    /** {@code java dev.sagedeck.local.SearchProcess <jobDir>}. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SearchProcess <job directory of the search>");
            System.exit(2);
        }
        new SearchProcess(new JobDir(Path.of(args[0]).toAbsolutePath()), Clock.systemUTC(), System.out).run();
        System.out.flush();
        System.exit(0); // XGBoost's native threads must not keep a finished search alive
    }

    void run() {
        LocalJobStore store = new LocalJobStore(dir.root().getParent(), clock);
        Lifecycle life = new Lifecycle(store, dir, clock, log);
        StopSignal stop = new StopSignal(life, clock, log);
        ProcessIdentity me = ProcessIdentity.current();
        JobRecord r = life.update(rec -> {
            rec.pid = me.pid();
            rec.pidStart = me.start();
            rec.started = clock.instant();
        });
        SearchChildren children = new SearchChildren(store);
        stop.onStop(children::stopAll);
        Signal.handle(new Signal("TERM"), sig -> onTerm(life, stop, children));
        life.say("Starting - Local search %s started (pid %d)".formatted(dir.name(), me.pid()));
        try {
            if (r.active() && !JobStatus.IN_PROGRESS.equals(r.jobStatus())) stop.request();
            if (stop.requested()) {
                life.stopped("stopped before the search began");
                return;
            }
            life.phase("Downloading", "Copying the input data into " + dir.input().resolve("data"));
            InputStaging.stage(dir, r);
            search(r, life, stop, children, store, me);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            life.failed("the search process was interrupted");
        } catch (IllegalArgumentException e) {
            // bad data or hyperparameters: the reader's or trainer's message is the user's answer
            life.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (Throwable t) {
            t.printStackTrace(log);
            String reason = t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : "");
            if (stop.requested()) life.stopped("stopped; the search ended with " + reason);
            else life.failed(reason);
        }
    }

    private void search(JobRecord r, Lifecycle life, StopSignal stop, SearchChildren children, LocalJobStore store, ProcessIdentity me)
            throws InterruptedException {
        TuningPlan plan = r.search.plan(r.hyperParameters);
        List<Map<String, String>> configurations = Configurations.of(plan);
        life.phase("Training", "Reading the data once for %d configurations.".formatted(configurations.size()));
        SearchData data = SearchData.load(channel(r, "train"), channel(r, "test"), r.launch.preset(), r.launch.label(),
                r.launch.drop(), r.hyperParameters, listener(life));
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
            workers[w] = new Thread(() -> work(worker, shared, configurations, next, life), "search-worker-" + worker);
            workers[w].start();
        }
        for (Thread t : workers) t.join();
        finish(life, stop, configurations.size(), store);
    }

    private void work(int worker, SearchChild.Shared shared, List<Map<String, String>> configurations, AtomicInteger next, Lifecycle life) {
        try (SearchData.WorkerMatrices matrices = shared.data().matrices(listener(life))) {
            for (int i = next.getAndIncrement(); i < configurations.size() && !shared.stopRequested().getAsBoolean(); i = next.getAndIncrement()) {
                SearchChild.Outcome o = new SearchChild(shared, i + 1, configurations.get(i), matrices).run();
                life.say("Configuration %d of %d (%s): %s".formatted(i + 1, configurations.size(), o.name(), o.summary()));
            }
        } catch (RuntimeException e) {
            e.printStackTrace(log);
            life.say("Worker " + worker + " ended: " + e.getMessage());
        }
    }

    private void finish(Lifecycle life, StopSignal stop, int planned, LocalJobStore store) {
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

    private TrainingListener listener(Lifecycle life) {
        return new TrainingListener() {
            @Override
            public void log(String line) {
                log.println(line);
            }

            @Override
            public void phase(String secondaryStatus) {
                // the search announces its own phases; reading the data is part of its Training
            }
        };
    }

    /** A stop of the search, or of one configuration (see the class comment). */
    private static void onTerm(Lifecycle life, StopSignal stop, SearchChildren children) {
        boolean searchStopping = JobStatus.STOPPING.equals(life.current().jobStatus());
        if (searchStopping || !children.stopThoseMarkedStopping()) {
            stop.request();
        }
    }

    private static Path channel(JobRecord r, String name) {
        return r.channels.stream().filter(c -> c.name().equals(name)).findFirst().map(c -> Path.of(c.path())).orElse(null);
    }
}
