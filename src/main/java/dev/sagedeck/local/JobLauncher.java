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
        Map<String, String> env = pb.environment();
        env.putAll(extraEnv);
        env.remove(Attach.ENV); // the launcher's hand-over is this run's, not its script's (which may call sagedeck)
        env.putAll(ChildEnvironment.of(dir, record));
        Process p = pb.start();
        if (attach != null && attach.handoff() != null) {
            // for dist/sagedeck: which process to watch, should the run die before it opens the pipe
            Files.writeString(attach.handoff().resolve("pid"), Long.toString(p.pid()));
        }
        return p;
    }

    /** {@code [setsid] <java> <flags> -cp <our classpath, absolute> dev.sagedeck.local.JobProcess <jobDir>}. */
    static List<String> command(JobDir dir) {
        return command(dir, null);
    }

    /** The same with {@code attach}'s main class and arguments after the job directory, when given. */
    static List<String> command(JobDir dir, Attach attach) {
        List<String> cmd = new ArrayList<>();
        if (SETSID != null) {
            // Started from a JVM we are never a process-group leader, so setsid execs in place:
            // the pid we record is the JVM's own (the job process records its own pid as well,
            // which matters for the first job of a build, whose JVM runs under ClassDataArchive's shell).
            cmd.add(SETSID.toString());
        }
        String java = javaBinary();
        String classPath = absoluteClassPath();
        ClassDataArchive.Plan cds = ClassDataArchive.forJob(java, classPath, System.getenv());
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
        cmd.add(attach == null ? JobProcess.class.getName() : attach.mainClass());
        cmd.add(dir.root().toAbsolutePath().toString());
        if (attach != null) {
            cmd.addAll(attach.args());
        }
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
