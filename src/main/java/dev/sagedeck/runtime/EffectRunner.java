package dev.sagedeck.runtime;

import dev.sagedeck.app.Effect;
import dev.sagedeck.usecase.GuardedStop;
import dev.sagedeck.usecase.TestScoring;
import dev.sagedeck.app.LogBuffer;
import dev.sagedeck.app.Msg;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TrainingJobs;
import dev.sagedeck.usecase.LaunchReview;
import dev.sagedeck.port.ObjectStore;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.app.compare.TestEvaluation;
import dev.sagedeck.app.WizardSubmit;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import dev.sagedeck.port.PartialListException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Performs effects on a small thread pool and sends back a message for every outcome, failures
 * included, so no exception ever reaches the screen as a stack trace. Each effect is counted busy
 * from before it is submitted until its message is in the inbox.
 */
public final class EffectRunner implements AutoCloseable {
    private final TrainingJobs jobs;
    /** How the audit log names stops asked for in the dashboard. */
    static final String VIA = "dashboard";

    private final GuardedStop stopper;
    private final Path stateDir;
    private final Stores stores;
    private final Clock clock;
    private final Busy busy;
    private final Consumer<Msg> inbox;
    private final ExecutorService pool;
    private final LaunchReview review;
    private final dev.sagedeck.usecase.TuningReview tuning;
    private final ObjectStore objects;
    private final ModelEvaluation evaluation;
    private final java.util.function.Supplier<Msg.EnvironmentKnown> environment;
    /** The same searches as one port, for the list's rows (every backend's, one failing named while the others show). */
    private final dev.sagedeck.usecase.AllSearches allSearches;
    private final AutoCloseable watch;
    private final List<dev.sagedeck.port.TuningJobs> searches;
    private final Performer performer = new Performer();

    public EffectRunner(TrainingJobs jobs, GuardedStop stopper, Stores stores, Clock clock, Busy busy, Consumer<Msg> inbox) {
        this(jobs, Services.NONE, stopper, stores, clock, busy, inbox);
    }

    /** With the optional adapters: launch planning, the S3 browser and model evaluation (each may be null). */
    public EffectRunner(TrainingJobs jobs, Services services, GuardedStop stopper, Stores stores, Clock clock,
            Busy busy, Consumer<Msg> inbox) {
        this.review = services.review();
        this.tuning = new dev.sagedeck.usecase.TuningReview(services.searches(), jobs, review);
        this.objects = services.objects();
        this.evaluation = services.evaluation();
        this.environment = services.environment();
        this.searches = services.searches();
        this.allSearches = new dev.sagedeck.usecase.AllSearches(searches);
        this.jobs = jobs;
        this.stopper = stopper;
        this.stateDir = stores.stateDir();
        this.stores = stores;
        this.clock = clock;
        this.busy = busy;
        this.inbox = inbox;
        this.pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sagedeck-io");
            t.setDaemon(true);
            return t;
        });
        // background, not busy: a change is a message like a tick, and tests wait for what it starts
        this.watch = services.changes() == null ? () -> {}
                : services.changes().watch(c -> inbox.accept(new Msg.LocalJobsChanged(c.records(), c.logs())));
    }

    /** Runs an effect; its result arrives later as a message. Terminal effects belong to the UI thread: see Program. */
    public void run(Effect.Io effect) {
        busy.begin();
        try {
            pool.execute(() -> {
                try {
                    inbox.accept(perform(effect));
                } catch (RuntimeException | Error unexpected) {
                    inbox.accept(effect.failed(String.valueOf(unexpected.getMessage()), clock.instant()));
                } finally {
                    busy.end();
                }
            });
        } catch (RuntimeException rejected) {
            busy.end(); // shutting down
        }
    }

    /** Performs one effect on this thread: its result, or its failure, as the message the effect names. */
    Msg perform(Effect.Io effect) {
        try {
            return effect.accept(performer);
        } catch (BackendException e) {
            return effect.failed(e.getMessage(), clock.instant());
        } catch (FileWork.Failure e) {
            return effect.failed(e.getCause().getMessage(), clock.instant());
        }
    }

    /** One method per effect: a new effect is a compile error here until it is handled. */
    private final class Performer implements Effect.Handler<Msg> {
        @Override
        public Msg lookupEnvironment(Effect.LookupEnvironment e) {
            return environment == null ? new Msg.EnvironmentKnown("", null) : environment.get();
        }

        @Override
        public Msg listJobs(Effect.ListJobs e) {
            try {
                return new Msg.JobsLoaded(e.scope(), jobs.list(e.scope()), clock.instant());
            } catch (PartialListException p) {
                return new Msg.JobsPartlyLoaded(e.scope(), p.listed(), p.failed(), p.getMessage(), clock.instant());
            }
        }

        @Override
        public Msg listLocalJobs(Effect.ListLocalJobs e) {
            return new Msg.LocalJobsLoaded(e.scope(), localJobs().map(l -> l.list(e.scope())).orElse(List.of()), clock.instant());
        }

        @Override
        public Msg listSearches(Effect.ListSearches e) {
            dev.sagedeck.usecase.AllSearches.Listing l = allSearches.listEach(e.scope(), e.only());
            return new Msg.SearchesLoaded(e.scope(), l.searches(), l.problem(), clock.instant(), e.only());
        }

        @Override
        public Msg listSearchChildren(Effect.ListSearchChildren e) {
            return new Msg.SearchChildrenLoaded(e.search(), allSearches.children(e.search()));
        }

        @Override
        public Msg describeJob(Effect.DescribeJob e) {
            return new Msg.JobDescribed(jobs.describe(e.name()));
        }

        /** The job's metric rules; none (round lines) when they cannot be read: the log itself matters more. */
        private List<dev.sagedeck.domain.MetricDefinition> metricRules(String name) {
            try {
                return jobs.metricRules(name);
            } catch (BackendException e) {
                return List.of();
            }
        }

        @Override
        public Msg readLogs(Effect.ReadLogs e) {
            dev.sagedeck.domain.LogChunk chunk = jobs.readLogs(e.name(), e.cursor());
            // a script job's curve comes from its MetricDefinitions, locally and on SageMaker alike
            return new Msg.LogsRead(e.name(), chunk, dev.sagedeck.app.MetricSeries.parse(chunk.lines(), metricRules(e.name())));
        }

        @Override
        public Msg stopJob(Effect.StopJob e) {
            GuardedStop.Result r = stopper.stop(e.name(), e.me(), VIA);
            return new Msg.StopDone(e.name(), r.sent(), r.message(), e.title());
        }

        @Override
        public Msg recordStopAttempt(Effect.RecordStopAttempt e) {
            stopper.record(e.me(), VIA, e.job(), e.where(), e.jobOwner(), e.decision(), e.reason(), null);
            return new Msg.StopAttemptRecorded(e.job(), null, e.title());
        }

        @Override
        public Msg saveLog(Effect.SaveLog e) {
            return new Msg.Saved("Saved the log to " + FileWork.io(() -> SavedLogFile.write(stateDir, e.jobName(), e.lines(), clock.instant())));
        }

        @Override
        public Msg launch(Effect.Launch e) {
            return new Msg.Launched(jobs.launch(e.spec()));
        }

        @Override
        public Msg launchExperiment(Effect.LaunchExperiment e) {
            List<TrainingJob> started = new ArrayList<>();
            for (dev.sagedeck.domain.LaunchSpec spec : e.specs()) {
                try {
                    started.add(jobs.launch(spec));
                } catch (RuntimeException failed) {
                    if (started.isEmpty()) {
                        throw failed; // nothing started: the launch's own failure message
                    }
                    return new Msg.ExperimentLaunched(started, failed.getMessage());
                }
            }
            return new Msg.ExperimentLaunched(started, null);
        }

        @Override
        public Msg saveOwner(Effect.SaveOwner e) {
            FileWork.io(() -> {
                stores.settings().save("owner", e.owner());
                return null;
            });
            return new Msg.OwnerSaved("Saved owner " + e.owner() + " in " + stores.settings().file());
        }

        @Override
        public Msg planLaunch(Effect.PlanLaunch e) {
            return plan(e.spec());
        }

        @Override
        public Msg loadFrameworks(Effect.LoadFrameworks e) {
            return new Msg.FrameworksLoaded(e.catalog().read(), null);
        }

        @Override
        public Msg saveWizardValues(Effect.SaveWizardValues e) {
            FileWork.io(() -> {
                WizardMemoryFile.write(stateDir, e.values());
                return null;
            });
            return new Msg.WizardValuesSaved(null);
        }

        @Override
        public Msg exportComparison(Effect.ExportComparison e) {
            return new Msg.ComparisonExported(FileWork.io(() -> ComparisonFile.write(stateDir, e.comparison(), e.json(), clock.instant())).toString());
        }

        @Override
        public Msg listObjects(Effect.ListObjects e) {
            if (objects == null) {
                return new Msg.ObjectListFailed(e.prefix(), WizardText.NO_OBJECT_STORE);
            }
            return new Msg.ObjectsListed(e.prefix(), objects.list(e.prefix()));
        }

        @Override
        public Msg evaluateModel(Effect.EvaluateModel e) {
            return evaluate(e);
        }

        @Override
        public Msg completePath(Effect.CompletePath e) {
            return PathLister.complete(e);
        }

        @Override
        public Msg rememberTestFile(Effect.RememberTestFile e) {
            FileWork.io(() -> LastTestFile.write(stateDir, e.file()));
            return new Msg.TestFileRemembered(null);
        }

        @Override
        public Msg listDirectory(Effect.ListDirectory e) {
            return new Msg.DirectoryListed(e.dir(), PathLister.list(e.dir()));
        }

        @Override
        public Msg loadSignals(Effect.LoadSignals e) {
            return SignalFiles.load(stores.settings(), stores.phases());
        }

        @Override
        public Msg loadTuning(Effect.LoadTuning e) {
            dev.sagedeck.port.TuningJobs backend = searches.stream().filter(t -> t.backend() == e.backend()).findFirst()
                    .orElseThrow(() -> new BackendException(BackendException.Kind.NOT_CONFIGURED,
                            dev.sagedeck.app.tuning.TuningText.NO_SEARCH_BACKEND.formatted(e.backend().label())));
            // the search first: a training job that starts between the two reads is counted next time, never lost
            dev.sagedeck.domain.tuning.TuningJob search = backend.describe(e.name());
            return new Msg.TuningLoaded(e.name(), search, backend.children(e.name()), clock.instant());
        }

        @Override
        public Msg planTuning(Effect.PlanTuning e) {
            dev.sagedeck.usecase.TuningReview.Plan p = tuning.plan(e.launch());
            return new Msg.TuningPlanned(e.launch(), p.preview(), p.checks());
        }

        @Override
        public Msg launchTuning(Effect.LaunchTuning e) {
            return new Msg.TuningLaunched(tuning.launch(e.launch()));
        }

        @Override
        public Msg readSearch(Effect.ReadSearch e) {
            return new Msg.SearchToPromote(tuning.on(Backend.LOCAL).describe(e.name()), jobs.describe(e.name()));
        }

        @Override
        public Msg recordPhases(Effect.RecordPhases e) {
            FileWork.io(() -> {
                stores.phases().append(e.records());
                return null;
            });
            return new Msg.PhasesRecorded(null);
        }
    }

    /** The local backend alone (the combined port's, or the port itself when it is the local one). */
    private java.util.Optional<TrainingJobs> localJobs() {
        if (jobs instanceof dev.sagedeck.usecase.AllTrainingJobs all) {
            return all.get(Backend.LOCAL);
        }
        return jobs.backend() == Backend.LOCAL ? java.util.Optional.of(jobs) : java.util.Optional.empty();
    }

    /** The review's plan, from the backend's planning; none for this backend is a message saying so. */
    private Msg plan(LaunchSpec spec) {
        return review.plan(spec).<Msg>map(p -> new Msg.LaunchPlanned(spec, p.request(), p.checks()))
                .orElseGet(() -> new Msg.LaunchPlanFailed(spec, WizardText.NO_PLANNING));
    }

    /** Bad input (missing file, no label column) is a message for that job's cell, like a backend error. */
    private Msg evaluate(Effect.EvaluateModel e) {
        TestEvaluation.Result r = TestScoring.score(evaluation, e.job(), e.testFile());
        return r.error() == null ? new Msg.ModelEvaluated(e.job(), e.testFile(), r.rows(), r.metrics())
                : new Msg.EvaluationFailed(e.job(), e.testFile(), r.error());
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (Exception ignored) {
            // closing a watch cannot fail in a way that matters on the way out
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
