package dev.sagedeck.local;

import dev.sagedeck.domain.JobNames;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The local jobs on disk: one directory per job under {@code <stateDir>/jobs} (see {@link JobDir}).
 * Every read settles runs whose process is gone (see {@link Liveness}), so a run killed with
 * {@code kill -9} shows Failed the next time anyone looks, whichever process looks.
 *
 * <p>A job directory appears whole or not at all: it is filled under a hidden temporary name and
 * renamed into place, so an interrupted {@code train} leaves no directory without a record. The
 * record is forced to disk when it is created and when it becomes final; phase changes in between
 * are atomic renames without fsync. While a run is active its directory holds a 64 KiB reserve file;
 * when a write finds the disk full the reserve is given up and the write tried again, so the record
 * can still end Failed. A directory whose record cannot be read is listed as damaged, not hidden.
 */
public final class LocalJobStore {
    /** Status text of a job whose record is missing or unreadable. */
    public static final String DAMAGED = JobStatus.DAMAGED.text();
    static final int RESERVE_BYTES = 64 * 1024;
    static final String NO_SPACE = "No space left on device";
    private static final String STAGING = ".new-";
    private static final Duration STALE_STAGING = Duration.ofMinutes(10);

    /** Fills a job directory before it is put into place. */
    @FunctionalInterface
    interface Preparation {
        void prepare(JobDir staged) throws IOException;
    }

    private final Path jobsDir;
    private final Clock clock;

    public LocalJobStore(Path jobsDir, Clock clock) {
        this.jobsDir = jobsDir;
        this.clock = clock;
    }

    public Path jobsDir() {
        return jobsDir;
    }

    public JobDir dir(String name) {
        return new JobDir(jobsDir.resolve(name));
    }

    public boolean exists(String name) {
        return Files.isDirectory(jobsDir.resolve(name));
    }

    /** Writes the record's first version (and nothing else) and puts the directory into place. */
    public JobDir create(JobRecord record) {
        return create(record, staged -> { });
    }

    /**
     * Reserves the record's name: the directory is filled under a temporary name (record, reserve,
     * whatever {@code preparation} adds) and renamed into place, failing when the name is taken.
     */
    JobDir create(JobRecord record, Preparation preparation) {
        JobDir dir = dir(record.name);
        Path staging = null;
        try {
            Files.createDirectories(jobsDir);
            removeStaleStaging();
            staging = Files.createTempDirectory(jobsDir, STAGING + record.name + "-");
            JobDir staged = new JobDir(staging);
            preparation.prepare(staged);
            if (record.active()) {
                Files.write(staged.reserve(), new byte[RESERVE_BYTES]);
            }
            JobRecordFile.write(staged.record(), record, true);
            // rename(2) of a directory fails when the target is a non-empty directory: the name stays the first taker's
            Files.move(staging, dir.root(), StandardCopyOption.ATOMIC_MOVE);
            staging = null;
            JobRecordFile.syncDirectory(jobsDir);
            return dir;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw new BackendException(Kind.INVALID, "a local job named '%s' already exists (%s); choose another name"
                    .formatted(record.name, dir.root()));
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot create the job directory " + dir.root() + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /** The record as it is, with dead runs settled; empty when there is no job of that name. */
    public Optional<JobRecord> find(String name) {
        if (!JobNames.isValid(name)) {
            return Optional.empty(); // every local job has a valid name; anything else (../x, NUL) is no job
        }
        JobDir dir = dir(name);
        Optional<JobRecord> raw = readRaw(dir);
        if (raw.isPresent() && Liveness.needsSettling(raw.get(), clock.instant())) {
            try {
                return Optional.of(update(name, r -> Liveness.settle(r, dir, clock.instant())));
            } catch (BackendException cannotWrite) {
                // a full or read-only disk: show what the record would say, though it cannot be written now
                Liveness.settle(raw.get(), dir, clock.instant());
                return raw;
            }
        }
        return raw;
    }

    /**
     * The record, or for a job directory whose record is missing or unreadable a stand-in with status
     * {@link #DAMAGED} and the reason; empty when there is no such directory.
     */
    public Optional<JobRecord> findOrDamaged(String name) {
        try {
            Optional<JobRecord> r = find(name);
            if (r.isPresent() || !JobNames.isValid(name) || !Files.isDirectory(dir(name).root())) {
                return r;
            }
            return Optional.of(damaged(name, "it has no job record (job.json is missing)"));
        } catch (BackendException unreadable) {
            return Optional.of(damaged(name, unreadable.getMessage()));
        }
    }

    /** Every local job record, newest first; damaged ones included as {@link #DAMAGED} stand-ins. */
    public List<JobRecord> list() {
        List<JobRecord> out = new ArrayList<>();
        if (!Files.isDirectory(jobsDir)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(jobsDir, Files::isDirectory)) {
            for (Path d : dirs) {
                String name = d.getFileName().toString();
                if (!name.startsWith(".")) { // a directory still being created, or not a job
                    findOrDamaged(name).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot list " + jobsDir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing((JobRecord r) -> r.created, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.name));
        return out;
    }

    /** Applies {@code change} to the current record under the job's lock and writes it atomically. */
    public JobRecord update(String name, Consumer<JobRecord> change) {
        JobDir dir = dir(name);
        try (JobLock lock = JobLock.acquire(dir.lockFile())) {
            JobRecord r = readRaw(dir).orElseThrow(() -> notFound(name));
            change.accept(r);
            write(dir, r);
            return r;
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot update the record of " + name + ": " + e.getMessage(), e);
        }
    }

    /** Removes a job directory that is damaged or whose run has ended; refuses a running one. */
    public void forget(String name) {
        JobRecord r = findOrDamaged(name).orElseThrow(() -> notFound(name));
        if (r.active()) {
            throw new BackendException(Kind.CONFLICT, "%s is still %s; stop it first (sagedeck stop %s)"
                    .formatted(name, r.status, name));
        }
        deleteTree(dir(name).root());
        if (Files.exists(dir(name).root())) {
            throw new BackendException(Kind.FAILED, "could not remove every file of " + dir(name).root());
        }
    }

    static boolean isDamaged(JobRecord r) {
        return DAMAGED.equals(r.status);
    }

    private JobRecord damaged(String name, String reason) {
        JobRecord r = new JobRecord();
        r.name = name;
        r.status = DAMAGED;
        r.secondaryStatus = DAMAGED;
        r.failureReason = "damaged: " + reason + "; remove it with: sagedeck forget " + name;
        try {
            r.created = Files.getLastModifiedTime(dir(name).root()).toInstant();
        } catch (IOException e) {
            r.created = Instant.EPOCH;
        }
        return r;
    }

    private Optional<JobRecord> readRaw(JobDir dir) {
        try {
            return Optional.of(JobRecordFile.read(dir.record()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "the job record " + dir.record() + " is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * Durable only when the record is final (the result must survive a power cut; a phase need not).
     * A full disk gives up the run's reserve and tries once more; a final record gives it back.
     */
    private static void write(JobDir dir, JobRecord r) {
        boolean last = r.jobStatus().isFinal();
        try {
            try {
                JobRecordFile.write(dir.record(), r, last);
            } catch (IOException e) { // FileChannel.write says ENOSPC as a plain IOException
                if (!noSpace(e) || !Files.deleteIfExists(dir.reserve())) {
                    throw e;
                }
                JobRecordFile.write(dir.record(), r, last);
            }
            if (last) {
                Files.deleteIfExists(dir.reserve());
            }
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot write " + dir.record() + ": " + e.getMessage(), e);
        }
    }

    static boolean noSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(NO_SPACE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Staging directories of a create that was killed half-way, and starting logs of early run JVMs ({@link EarlyRun})
     * that never got a job (a power cut; a JVM that ends removes its own): nobody else will ever remove them.
     */
    private void removeStaleStaging() {
        Instant before = clock.instant().minus(STALE_STAGING);
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(jobsDir, ".*")) {
            for (Path d : dirs) {
                String name = d.getFileName().toString();
                if ((name.startsWith(STAGING) || name.startsWith(EarlyRun.LOG_PREFIX))
                        && Files.getLastModifiedTime(d, java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    deleteTree(d);
                }
            }
        } catch (IOException ignored) {
            // tidying only
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // the caller checks what is left when it matters
        }
    }

    static BackendException notFound(String name) {
        return new BackendException(Kind.NOT_FOUND, "no local training job named '%s'".formatted(name));
    }
}
