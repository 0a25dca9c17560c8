package dev.sagedeck.local;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.sagedeck.port.JobChanges;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Watches {@code <stateDir>/jobs} and each job directory in it with the platform's file watcher
 * (inotify on Linux): a new job directory or a rewritten {@code job.json} is a record change, a
 * write to {@code job.log} a log change. One daemon thread blocks in {@code take()}, so an idle
 * dashboard spends no CPU on it. Where the JDK only polls (no native watcher), the idle refresh
 * still finds new runs.
 */
public final class JobDirWatcher implements JobChanges {
    /** More job directories than this are watched only through the jobs directory itself (inotify limits). */
    static final int MAX_WATCHED_JOBS = 2_000;

    private final Path jobsDir;

    public JobDirWatcher(Path jobsDir) {
        this.jobsDir = jobsDir;
    }

    @Override
    public AutoCloseable watch(Consumer<Change> listener) {
        WatchService ws;
        try {
            Files.createDirectories(jobsDir);
            ws = FileSystems.getDefault().newWatchService();
            jobsDir.register(ws, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        } catch (IOException | UnsupportedOperationException e) {
            return () -> {}; // no watcher here: the periodic refresh still sees every run
        }
        Map<WatchKey, String> jobKeys = new HashMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(jobsDir, d -> Files.isDirectory(d) && !d.getFileName().toString().startsWith("."))) {
            for (Path d : dirs) {
                register(ws, d, jobKeys);
            }
        } catch (IOException ignored) {
            // a job directory that cannot be listed is still seen by the refresh
        }
        Thread t = new Thread(() -> loop(ws, jobKeys, listener), "sagedeck-job-watch");
        t.setDaemon(true);
        t.start();
        return ws::close;
    }

    private void loop(WatchService ws, Map<WatchKey, String> jobKeys, Consumer<Change> listener) {
        try {
            while (true) {
                WatchKey key = ws.take();
                Set<String> records = new HashSet<>();
                Set<String> logs = new HashSet<>();
                // drain what else is already queued, so a burst of writes becomes one message
                for (WatchKey k = key; k != null; k = ws.poll()) {
                    collect(ws, k, jobKeys, records, logs);
                }
                Change c = new Change(records, logs);
                if (!c.isEmpty()) {
                    listener.accept(c);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // the dashboard is closing
        }
    }

    private void collect(WatchService ws, WatchKey k, Map<WatchKey, String> jobKeys, Set<String> records, Set<String> logs) {
        String job = jobKeys.get(k);
        for (WatchEvent<?> e : k.pollEvents()) {
            if (e.kind() == OVERFLOW) {
                records.add("");
                continue;
            }
            String file = e.context().toString();
            if (job == null) {
                records.add(file); // a job directory appeared, changed or went away
                Path dir = jobsDir.resolve(file);
                // a hidden .new-* directory is a job being filled; it is renamed into place whole
                if (e.kind() == ENTRY_CREATE && !file.startsWith(".") && Files.isDirectory(dir)) {
                    register(ws, dir, jobKeys);
                }
            } else if (file.equals(JobDir.LOG_FILE)) {
                logs.add(job);
            } else if (file.equals(JobDir.RECORD_FILE)) {
                records.add(job);
            }
        }
        if (!k.reset()) {
            jobKeys.remove(k);
        }
    }

    private static void register(WatchService ws, Path dir, Map<WatchKey, String> jobKeys) {
        if (jobKeys.size() >= MAX_WATCHED_JOBS) {
            return;
        }
        try {
            jobKeys.put(dir.register(ws, ENTRY_CREATE, ENTRY_MODIFY), dir.getFileName().toString());
        } catch (IOException ignored) {
            // gone already, or not ours to read: the refresh still lists it
        }
    }
}
