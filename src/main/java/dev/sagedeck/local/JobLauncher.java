package dev.sagedeck.local;

import dev.sagedeck.port.LocalRuns.Attach;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts {@link JobProcess} for a job as its own OS process that outlives us: a new session via
 * {@code setsid} (so the SIGHUP of a closed terminal or dropped SSH session never reaches it), stdin
 * from /dev/null, stdout and stderr appended to the job's log, the SM_* variables in its environment.
 */
final class JobLauncher {
    private static final Path SETSID = findSetsid();

    private final Map<String, String> extraEnv;
    private final Attach attach;

    /** {@code extraEnv}: variables to pass on (the caller's configured environment), overriding ours. */
    JobLauncher(Map<String, String> extraEnv) {
        this(extraEnv, null);
    }

    private JobLauncher(Map<String, String> extraEnv, Attach attach) {
        this.extraEnv = Map.copyOf(extraEnv);
        this.attach = attach;
    }

    /** The same launcher, starting the run through {@code attach}'s main class (see {@link Attach}). */
    JobLauncher attached(Attach attach) {
        return new JobLauncher(extraEnv, attach);
    }

    Process start(JobDir dir, JobRecord record) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(dir, attach));
        pb.directory(dir.root().toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.log().toFile()));
        pb.redirectErrorStream(true);
        Map<String, String> env = environment(pb);
        env.putAll(ChildEnvironment.of(dir, record));
        Process p = pb.start();
        tellLauncher(p);
        return p;
    }

    /**
     * The run's JVM for a job not chosen yet, {@code <mainClass> --early <jobsDir> <its log>} (see {@link EarlyRun}):
     * started at once, like {@link #start} but with its output in a fresh starting log and its stdin a pipe from us.
     * Null when it should start the usual way: the first job of a build writes the job's class-data archive under a
     * shell that waits for it, and that shell's pid is not the JVM's.
     */
    EarlyRun startEarly(Path jobsDir, String mainClass) throws IOException {
        String java = javaBinary();
        String classPath = absoluteClassPath();
        ClassDataArchive.Plan cds = ClassDataArchive.withoutWriting(java, classPath, System.getenv());
        if (cds == null) {
            return null;
        }
        EarlyRun.StartingLog log = EarlyRun.createLogIn(jobsDir);
        try {
            ProcessBuilder pb = new ProcessBuilder(command(java, classPath, cds, mainClass,
                    List.of(EarlyRun.ARG, jobsDir.toAbsolutePath().toString(), log.path().getFileName().toString())));
            pb.directory(jobsDir.toFile());
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.path().toFile()));
            pb.redirectErrorStream(true);
            environment(pb);
            return EarlyRun.started(pb.start(), log, mainClass);
        } catch (IOException | RuntimeException e) {
            EarlyRun.removeIfOurs(log.path(), log.key());
            throw e;
        }
    }

    /**
     * Gives the early JVM this job (see {@link EarlyRun#handOver}) when it is this launcher's kind of run: a built-in
     * run through {@code attach}'s main class (a script reads the SM_* variables only a JVM started for its job has).
     * Null when it could not take it: {@link #start} it the usual way.
     */
    Process handOver(EarlyRun early, JobDir dir, JobRecord record) {
        if (attach == null || !early.mainClass().equals(attach.mainClass()) || record.launch == null
                || record.launch.script() || record.search != null) {
            early.cancel();
            return null;
        }
        List<String> args = new ArrayList<>(List.of(dir.name()));
        args.addAll(attach.args());
        Process p = early.handOver(dir, args);
        if (p != null) {
            try {
                tellLauncher(p);
            } catch (IOException e) {
                // the run is handed over and goes on; without its pid the launcher stops printing after 2 s and
                // follows the record instead (dist/sagedeck, --report-on --with-log)
            }
        }
        return p;
    }

    /** The environment of a run's JVM: ours with the caller's variables on top, without the launcher's hand-over. */
    private Map<String, String> environment(ProcessBuilder pb) {
        Map<String, String> env = pb.environment();
        env.putAll(extraEnv);
        env.remove(Attach.ENV); // the launcher's hand-over is this run's, not its script's (which may call sagedeck)
        // XGBoost's OpenMP threads otherwise spin while waiting: on a busy 2-core machine a 1M-row
        // run took 7.3 s instead of 1.9 s. The JVM cannot set this for itself, so the child gets it.
        env.put("OMP_WAIT_POLICY", "passive");
        return env;
    }

    private void tellLauncher(Process p) throws IOException {
        if (attach != null && attach.handoff() != null) {
            // for dist/sagedeck: which process to watch, should the run die before it opens the pipe
            Files.writeString(attach.handoff().resolve("pid"), Long.toString(p.pid()));
        }
    }

    /** {@code [setsid] <java> <flags> -cp <our classpath, absolute> dev.sagedeck.local.JobProcess <jobDir>}. */
    static List<String> command(JobDir dir) {
        return command(dir, null);
    }

    /** The same with {@code attach}'s main class and arguments after the job directory, when given. */
    static List<String> command(JobDir dir, Attach attach) {
        List<String> args = new ArrayList<>(List.of(dir.root().toAbsolutePath().toString()));
        if (attach != null) {
            args.addAll(attach.args());
        }
        String java = javaBinary();
        String classPath = absoluteClassPath();
        return command(java, classPath, ClassDataArchive.forJob(java, classPath, System.getenv()),
                attach == null ? JobProcess.class.getName() : attach.mainClass(), args);
    }

    /** {@code [setsid] [cds wrapper] <java> <flags> -cp <classPath> <mainClass> <args>}: every run's JVM, started now or early. */
    static List<String> command(String java, String classPath, ClassDataArchive.Plan cds, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        if (SETSID != null) {
            // Started from a JVM we are never a process-group leader, so setsid execs in place:
            // the pid we record is the JVM's own (the job process records its own pid as well,
            // which matters for the first job of a build, whose JVM runs under ClassDataArchive's shell).
            cmd.add(SETSID.toString());
        }
        cmd.addAll(cds.wrapper());
        cmd.add(java);
        cmd.addAll(cds.flags());
        // A short-lived, mostly native-bound JVM: serial GC and no perf-data file. A small young
        // generation keeps the pages the JVM touches few (the data itself goes straight to the old
        // generation): 334 -> 291 MB peak at 1M rows, same wall time (docs/BENCHMARKS.md).
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xmn16m");
        // Arrays of 3 MB and more (a data column of 750k+ rows) are made in the old generation directly:
        // they live until XGBoost has the data, and the small young generation copied each one out
        // again (at 1M rows half the job's GC CPU, 0.3 -> 0.17 s). Prediction chunks (2 MB) die young.
        cmd.add("-XX:PretenureSizeThreshold=3m");
        // The heap starts small and gives pages back after the full GC that follows loading the data
        // (the Java copy of the data is garbage once XGBoost has its own): see docs/BENCHMARKS.md.
        cmd.add("-Xms32m");
        cmd.add("-XX:MinHeapFreeRatio=10");
        cmd.add("-XX:MaxHeapFreeRatio=20");
        cmd.add("-XX:-ShrinkHeapInSteps"); // shrink at the first full GC, not over four
        cmd.add("-XX:-UsePerfData");
        cmd.add("-Djava.awt.headless=true");
        // extra flags for the job's JVM, e.g. a heap limit for very large data on a small machine
        String extra = System.getenv("SAGEDECK_JOB_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .filter(c -> Files.isExecutable(Path.of(c)))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The child runs in the job directory, so a relative classpath entry (java -jar dist/...) must be made absolute. */
    static String absoluteClassPath() {
        String cp = System.getProperty("java.class.path", "");
        List<String> out = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                out.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, out);
    }

    private static Path findSetsid() {
        for (String dir : new String[] {"/usr/bin", "/bin", "/usr/local/bin"}) {
            Path p = Path.of(dir, "setsid");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
