package dev.sagedeck.local;

import dev.sagedeck.xgboost.LocalTraining;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The main class of a local run's or search's own OS process (started by {@link JobLauncher}). It
 * owns the job's lifecycle the way SageMaker's platform does: InProgress with Starting, Downloading,
 * Training, Uploading, then Completed; or Failed with a reason; or, after SIGTERM, Stopping and
 * Stopped. Its stdout and stderr are the job's log. What trains is the record's: a script
 * ({@link ScriptRun}), the built-in algorithm ({@link BuiltInRun}) or a search ({@link SearchRun}).
 */
public final class JobProcess {
    private final JobDir dir;
    private final Clock clock;
    private final PrintStream log;

    JobProcess(JobDir dir, Clock clock, PrintStream log) {
        this.dir = dir;
        this.clock = clock;
        this.log = log;
    }

    /** {@code java dev.sagedeck.local.JobProcess <jobDir>}. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: JobProcess <job directory>");
            System.exit(2);
        }
        runJob(Path.of(args[0]));
        System.out.flush();
        // Exit explicitly: a trainer's native thread pool must not keep a finished run's process alive.
        System.exit(0);
    }

    /** Runs the job in {@code jobDir} in this process, its log being this process's stdout; returns when the record is final. */
    public static void runJob(Path jobDir) {
        new JobProcess(new JobDir(jobDir.toAbsolutePath()), Clock.systemUTC(), System.out).run();
    }

    void run() {
        LocalJobStore store = new LocalJobStore(dir.root().getParent(), clock);
        Lifecycle life = new Lifecycle(store, dir, clock, log);
        StopSignal stop = new StopSignal(life, clock, log);
        ProcessIdentity me = ProcessIdentity.current();
        JobRecord r = life.claim(me);
        SearchRun search = r.search == null ? null : new SearchRun(life, stop, store, clock, log, me);
        if (search == null && !r.launch.script()) {
            // the native library loads while the record is written and the data copied (about 0.1 s of a sample run)
            LocalTraining.preload();
        }
        if (search == null) {
            stop.install();
            life.say("Starting - Local training job %s started (pid %d, %s)".formatted(dir.name(), me.pid(),
                    r.launch.script() ? "script " + r.launch.entryPoint() : "built-in XGBoost"));
        } else {
            search.install();
            life.say("Starting - Local search %s started (pid %d)".formatted(dir.name(), me.pid()));
        }
        try {
            if (stoppedEarly(r, stop, life)) {
                return;
            }
            life.phase("Downloading", "Copying the input data into " + dir.input().resolve("data"));
            InputStaging.stage(dir, r);
            if (stoppedEarly(life.current(), stop, life)) {
                return;
            }
            if (search != null) {
                search.run(r);
            } else if (r.launch.script()) {
                String python = scriptPython(life, stop);
                if (python != null) {
                    new ScriptRun(life, stop).run(r, python);
                }
            } else {
                new BuiltInRun(life, stop, log).run(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            life.failed("the job process was interrupted");
        } catch (IllegalArgumentException e) {
            // bad data or hyperparameters: the reader's or trainer's message is the user's answer
            life.endedWith(Lifecycle.reason(e), stop.requested());
        } catch (Throwable t) {
            // Whatever went wrong, the record must say so: an unexplained Failed is the worst outcome.
            t.printStackTrace(log);
            life.endedWith(t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : ""), stop.requested());
        }
    }

    /**
     * python3, or the virtual environment with the code's requirements.txt installed (still in the
     * Downloading phase); null when that failed or was stopped, the record then saying so.
     */
    private String scriptPython(Lifecycle life, StopSignal stop) throws java.io.IOException, InterruptedException {
        java.util.Optional<Path> python3 = PythonFinder.find();
        Path stateDir = dir.root().getParent().getParent();
        RequirementsVenv.Outcome env = new RequirementsVenv(stateDir, life, stop)
                .prepare(dir.code(), python3.orElse(Path.of(ScriptRun.PYTHON)));
        if (env.failure() != null) {
            life.failed(env.failure());
            return null;
        }
        if (env.python() == null || stop.requested()) {
            life.stopped("stopped while installing requirements.txt");
            return null;
        }
        // without requirements the script runs as before: "python3" found on PATH
        return env.python().equals(python3.orElse(null)) ? ScriptRun.PYTHON : env.python().toString();
    }

    /** A stop that arrived before the work began (recorded Stopping by the parent): end Stopped now. */
    private static boolean stoppedEarly(JobRecord r, StopSignal stop, Lifecycle life) {
        if (r.active() && !"InProgress".equals(r.status)) {
            stop.request();
        }
        if (stop.requested()) {
            life.stopped("stopped before training began");
            return true;
        }
        return false;
    }
}
