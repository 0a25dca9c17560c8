package dev.sagedeck.local;

import dev.sagedeck.domain.JobNames;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The local jobs on disk: one directory per job under {@code <stateDir>/jobs} (see {@link JobDir}).
 * Every read settles runs whose process is gone (see {@link Liveness}), so a run killed with
 * {@code kill -9} shows Failed the next time anyone looks, whichever process looks.
 */
public final class LocalJobStore {
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

    /** Reserves the record's name (the directory is created exclusively) and writes its first record. */
    public JobDir create(JobRecord record) {
        JobDir dir = dir(record.name);
        try {
            Files.createDirectories(jobsDir);
            Files.createDirectory(dir.root());
        } catch (FileAlreadyExistsException e) {
            throw new BackendException(Kind.INVALID, "a local job named '%s' already exists (%s); choose another name"
                    .formatted(record.name, dir.root()));
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot create the job directory " + dir.root() + ": " + e.getMessage(), e);
        }
        write(dir, record);
        return dir;
    }

    /** The record as it is, with dead runs settled; empty when there is no job of that name. */
    public Optional<JobRecord> find(String name) {
        if (!JobNames.isValid(name)) {
            return Optional.empty(); // every local job has a valid name; anything else (../x, NUL) is no job
        }
        JobDir dir = dir(name);
        Optional<JobRecord> raw = readRaw(dir);
        if (raw.isPresent() && Liveness.needsSettling(raw.get(), clock.instant())) {
            return Optional.of(update(name, r -> Liveness.settle(r, dir, clock.instant())));
        }
        return raw;
    }

    /** Every readable local job record, newest first. */
    public List<JobRecord> list() {
        List<JobRecord> out = new ArrayList<>();
        if (!Files.isDirectory(jobsDir)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(jobsDir, Files::isDirectory)) {
            for (Path d : dirs) {
                try {
                    find(d.getFileName().toString()).ifPresent(out::add);
                } catch (BackendException unreadable) {
                    // one damaged record must not hide every other job; describe names the damage
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

    private Optional<JobRecord> readRaw(JobDir dir) {
        try {
            return Optional.of(JobRecordFile.read(dir.record()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "the job record " + dir.record() + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static void write(JobDir dir, JobRecord r) {
        try {
            JobRecordFile.write(dir.record(), r);
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot write " + dir.record() + ": " + e.getMessage(), e);
        }
    }

    static BackendException notFound(String name) {
        return new BackendException(Kind.NOT_FOUND, "no local training job named '%s'".formatted(name));
    }
}
