package dev.sagedeck.local;

import dev.sagedeck.domain.JobNames;
import dev.sagedeck.xgboost.LocalTraining;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run's JVM of {@code train --wait}, started while sagedeck's own JVM still checks the options
 * (docs/LOCAL-JOBS.md, "The run's JVM starts early"). It starts like any run (setsid, the run's flags
 * and class-data archive) but with its output appended to a fresh {@code jobs/.starting-<pid>-<nonce>.log}
 * and its stdin a pipe from sagedeck's JVM; it loads what a run needs and waits for one line. When the
 * job's directory is in place, sagedeck's JVM renames that log to the job's {@code job.log} (the JVM's open
 * descriptor follows the file, so native output lands in the job's log) and writes the line: the job's
 * name and the run's arguments. From there it is the run as {@link JobLauncher#start} would have started
 * it. Anything else (end of input, a line that names no job) ends it without touching any job, its
 * starting log removed; sagedeck's JVM, when the hand-over fails, starts the run the usual way.
 */
public final class EarlyRun {
    /** First argument of a run's main class started early: wait for the job on stdin. */
    public static final String ARG = "--early";
    static final String LOG_PREFIX = ".starting-";
    /** A go line is a job name and a few paths: anything longer is not one. */
    static final int MAX_LINE = 4096;
    private static final int MAX_FIELDS = 8;
    private static final AtomicReference<Starting> SLOT = new AtomicReference<>();

    private record Starting(Path jobsDir, FutureTask<EarlyRun> task) {}

    private final Process process;
    private final Path log;
    private final Object logKey;
    private final String mainClass;
    private boolean moved;
    private boolean handedOver;

    private EarlyRun(Process process, Path log, Object logKey, String mainClass) {
        this.process = process;
        this.log = log;
        this.logKey = logKey;
        this.mainClass = mainClass;
    }

    /**
     * Starts the run's JVM for a job to be created under {@code jobsDir} on a background thread, so that
     * this JVM's own start (picocli, the checks) goes on meanwhile; {@link #take} gets it. Once per process.
     */
    public static void begin(Path jobsDir, String mainClass, Map<String, String> env) {
        Path dir = jobsDir.toAbsolutePath().normalize();
        FutureTask<EarlyRun> task = new FutureTask<>(() -> new JobLauncher(env).startEarly(dir, mainClass));
        if (!SLOT.compareAndSet(null, new Starting(dir, task))) {
            return;
        }
        Thread t = new Thread(task, "early-run");
        t.setDaemon(true);
        t.start();
        // This JVM may end without a job for it (bad options, Ctrl-C): the early JVM would read end-of-file and end,
        // removing its starting log; this ends it at once, and removes the log of one that was never started.
        // (After kill -9 the end of input still ends it; a log left behind by a power cut is swept by the store.)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            EarlyRun unused = result(SLOT.getAndSet(null)); // null once taken: the launch cancels or hands over
            if (unused != null) {
                unused.cancel();
            }
        }, "early-run-unused"));
    }

    /** The early JVM started for {@code jobsDir}, once; null when there is none or it could not start. */
    static EarlyRun take(Path jobsDir) {
        Starting s = SLOT.get();
        if (s == null || !s.jobsDir().equals(jobsDir.toAbsolutePath().normalize()) || !SLOT.compareAndSet(s, null)) {
            return null;
        }
        return result(s);
    }

    private static EarlyRun result(Starting s) {
        if (s == null) {
            return null;
        }
        try {
            return s.task().get();
        } catch (ExecutionException e) {
            return null; // e.g. a read-only jobs directory: the usual start says what is wrong
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A starting log: its path and its identity (device and inode) when we created it. */
    record StartingLog(Path path, Object key) {}

    /** A fresh starting log in {@code jobsDir}, named by our pid and a random nonce. */
    static StartingLog createLogIn(Path jobsDir) throws IOException {
        Files.createDirectories(jobsDir);
        return createLog(jobsDir.resolve(LOG_PREFIX + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".log"));
    }

    /** Created exclusively (O_CREAT|O_EXCL: never through a link, never over a file already there), 0600. */
    static StartingLog createLog(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        return new StartingLog(file, key(file));
    }

    /**
     * The JVM just started, if its output really is the log we created (its fd 1 is that file, not one put in its
     * place between our create and its open); else it is told to end (its stdin closed) and null is returned.
     */
    static EarlyRun started(Process p, StartingLog log, String mainClass) {
        EarlyRun early = new EarlyRun(p, log.path(), log.key(), mainClass);
        Object output;
        try {
            output = Files.readAttributes(Path.of("/proc", Long.toString(p.pid()), "fd", "1"), BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            output = null; // no /proc: no early start
        }
        if (output == null || !output.equals(early.logKey)) {
            early.cancel();
            return null;
        }
        return early;
    }

    String mainClass() {
        return mainClass;
    }

    Process process() {
        return process;
    }

    Path log() {
        return log;
    }

    /**
     * Gives the early JVM the job in {@code dir}: the starting log becomes the job's {@code job.log} (replacing the
     * empty one the directory was created with), then one line, the job's name and the run's arguments separated by
     * tabs, is written to its stdin and stdin closed. The process, or null when it could not take the job (it had
     * ended, or its log is not ours any more): then it is told to end and the caller starts the run the usual way.
     * The line is one write(2) of less than PIPE_BUF bytes: written whole or not at all, so the run starts at most once.
     */
    Process handOver(JobDir dir, List<String> args) {
        if (!moveLogInto(dir) || !go(args)) {
            cancel();
            return null;
        }
        return process;
    }

    /** The first half of {@link #handOver}: the starting log, still ours, becomes the job's log. */
    boolean moveLogInto(JobDir dir) {
        try {
            if (!process.isAlive() || !Objects.equals(key(log), logKey)) {
                return false;
            }
            Files.move(log, dir.log(), StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The second half: the line, then end of input. False when the pipe is broken (the JVM ended, never reading a line). */
    boolean go(List<String> args) {
        byte[] line = (String.join("\t", args) + "\n").getBytes(StandardCharsets.UTF_8);
        if (line.length > MAX_LINE) {
            return false;
        }
        try {
            OutputStream in = process.getOutputStream();
            in.write(line);
            in.flush();
            handedOver = true;
        } catch (IOException e) {
            return false;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the line is through; the run reads no more
        }
        return true;
    }

    /** Tells the early JVM to end without a job (end of its input) and removes its starting log; nothing once handed over. */
    void cancel() {
        if (handedOver) {
            return;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // it has ended already
        }
        if (!moved) {
            removeIfOurs(log, logKey);
        }
    }

    // ---- the early JVM's side ----

    /**
     * In the early JVM ({@code argv}: {@link #ARG}, the jobs directory, its starting log's name): loads what a built-in
     * run needs, then waits for its job. The run's arguments with the job directory first, as the launcher would have
     * passed them; null when it was given none (end of input, or a line that is not a job of {@code jobsDir}), its
     * starting log then removed.
     */
    public static String[] await(String[] argv, InputStream in) {
        if (argv.length != 3 || !ARG.equals(argv[0])) {
            return null;
        }
        Path jobsDir = Path.of(argv[1]).toAbsolutePath().normalize();
        warmUp();
        String[] job = null;
        try {
            byte[] line = readLine(in);
            job = line == null ? null : job(jobsDir, line);
        } catch (IOException e) {
            job = null;
        }
        if (job == null) {
            removeOwnLog(jobsDir, argv[2]);
        }
        return job;
    }

    /** What the run does first, done before it has a job: XGBoost's native library and the run's classes. */
    private static void warmUp() {
        LocalTraining.preload();
        for (Class<?> c : List.of(JobProcess.class, LocalJobStore.class, JobRecordFile.class, Lifecycle.class, StopSignal.class,
                InputStaging.class, BuiltInRun.class, RunListener.class, ProcessIdentity.class)) {
            try {
                Class.forName(c.getName(), true, EarlyRun.class.getClassLoader());
            } catch (Throwable e) {
                // the run meets the same problem and reports it
            }
        }
    }

    /** The bytes before the first newline; null at end of input before one. */
    static byte[] readLine(InputStream in) throws IOException {
        byte[] buf = new byte[MAX_LINE + 1];
        int n = 0;
        while (n < buf.length) {
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                return null;
            }
            for (int i = n; i < n + r; i++) {
                if (buf[i] == '\n') {
                    return Arrays.copyOf(buf, i);
                }
            }
            n += r;
        }
        throw new IOException("no newline in " + buf.length + " bytes");
    }

    /** The run's arguments for a line naming a job directory of {@code jobsDir} with a record; null for anything else. */
    static String[] job(Path jobsDir, byte[] line) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        String[] fields = text.split("\t", -1);
        if (fields.length > MAX_FIELDS) {
            return null;
        }
        for (String f : fields) {
            if (f.isEmpty() || f.chars().anyMatch(Character::isISOControl)) {
                return null;
            }
        }
        if (!JobNames.isValid(fields[0])) {
            return null;
        }
        JobDir dir = new JobDir(jobsDir.resolve(fields[0]));
        if (!Files.isDirectory(dir.root(), LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(dir.record(), LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String[] args = fields.clone();
        args[0] = dir.root().toString();
        return args;
    }

    /** Removes this JVM's starting log: the file of that name only while it is still where this JVM's output goes. */
    private static void removeOwnLog(Path jobsDir, String name) {
        if (!name.startsWith(LOG_PREFIX) || name.contains("/")) {
            return;
        }
        try {
            Object mine = Files.readAttributes(Path.of("/proc/self/fd/1"), BasicFileAttributes.class).fileKey();
            removeIfOurs(jobsDir.resolve(name), mine);
        } catch (IOException e) {
            // left for the store's sweep of old starting logs
        }
    }

    /** Removes {@code log} if it is still the file {@code key} names. */
    static void removeIfOurs(Path log, Object key) {
        try {
            if (key != null && key.equals(key(log))) {
                Files.delete(log);
            }
        } catch (IOException e) {
            // renamed into a job meanwhile, or gone: nothing of ours to remove
        }
    }

    /** The file's identity (device and inode), not following a link; null when it is not a regular file. */
    private static Object key(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? a.fileKey() : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
