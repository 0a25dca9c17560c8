package dev.sagedeck.local;

import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.json.Json;
import dev.sagedeck.json.JsonObject;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starting and stopping local runs from the outside (the dashboard or CLI process). Stop follows
 * SageMaker: the first stop records Stopping and sends SIGTERM (the run gets its grace to save the
 * model); a second stop on a Stopping run sends SIGKILL to it and its children and records Stopped.
 */
final class LocalJobControl {
    private final LocalJobStore store;
    private final Clock clock;

    LocalJobControl(LocalJobStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void start(JobDir dir, JobRecord first, JobLauncher launcher) {
        start(dir, first, launcher, null);
    }

    /** With {@code early}: the run's JVM already started for this job ({@link EarlyRun}), when it can take it. */
    void start(JobDir dir, JobRecord first, JobLauncher launcher, EarlyRun early) {
        Process p;
        try {
            Process handed = early == null ? null : launcher.handOver(early, dir, first);
            p = handed != null ? handed : launcher.start(dir, first);
        } catch (IOException | RuntimeException e) {
            String reason = "could not start the job process: " + e.getMessage();
            store.update(first.name, r -> r.finish(JobStatus.FAILED, "Failed", clock.instant(), reason));
            FailureFile.write(dir, reason);
            throw new BackendException(Kind.FAILED, first.name + ": " + reason, e);
        }
        ProcessIdentity child = ProcessIdentity.of(p.toHandle());
        store.update(first.name, r -> {
            if (r.pid == null) { // the child may already have recorded itself; it knows best
                r.pid = child.pid();
                r.pidStart = child.start();
            }
        });
    }

    void stop(JobRecord r) {
        JobStatus status = r.jobStatus();
        if (status.isFinal()) {
            throw new BackendException(Kind.CONFLICT, "%s already ended (status %s); nothing to stop".formatted(r.name, status));
        }
        if (JobStatus.STOPPING.equals(status)) {
            kill(r);
            return;
        }
        JobRecord now = store.update(r.name, rec -> {
            if (rec.jobStatus().isFinal()) {
                throw new BackendException(Kind.CONFLICT, "%s ended (status %s) before the stop arrived".formatted(rec.name, rec.status));
            }
            if (JobStatus.IN_PROGRESS.equals(rec.jobStatus())) {
                rec.status = JobStatus.STOPPING.text();
                rec.stopRequested = clock.instant();
                rec.enter("Stopping", clock.instant(),
                        Lifecycle.stopRequested(rec.stopGraceSeconds));
            }
        });
        // SIGTERM (ProcessHandle.destroy is SIGTERM on Linux). No pid yet: the child sees Stopping when it starts.
        Liveness.process(now).live().ifPresent(ProcessHandle::destroy);
    }

    private void kill(JobRecord r) {
        if (r.tuningJob != null) {
            // a configuration runs inside its search's process: killing that would end every configuration.
            // It already has its stop flag and ends after its round; the record says Stopped now.
            store.update(r.name, rec -> {
                if (rec.active()) {
                    rec.finish(JobStatus.STOPPED, "Stopped", clock.instant(), "stopped by a second stop request; its search goes on");
                }
            });
            return;
        }
        ProcessIdentity.recorded(r.workerPid, r.workerStart).ifPresent(ProcessIdentity::killTree);
        ProcessIdentity.recorded(r.pid, r.pidStart).ifPresent(ProcessIdentity::killTree);
        store.update(r.name, rec -> {
            if (rec.active()) {
                rec.finish(JobStatus.STOPPED, "Stopped", clock.instant(), "killed (SIGKILL) by a second stop request");
            }
        });
    }

    /** The SageMaker-shaped directories and config files, written into the job directory before it is put into place. */
    static void prepare(JobDir dir, JobRecord r) throws IOException {
        for (var d : List.of(dir.configDir(), dir.model(), dir.outputData(), dir.channel("train"))) {
            Files.createDirectories(d);
        }
        for (JobRecord.ChannelEntry c : r.channels) {
            Files.createDirectories(dir.channel(c.name()));
        }
        if (r.launch.script()) {
            Files.createDirectories(dir.code());
        }
        // SageMaker writes hyperparameters.json with string values; scripts that read it expect that.
        // plain writes: nobody sees these files before the directory is renamed into place
        Files.write(dir.hyperParameters(), Json.prettyBytes(JsonObject.entries(r.hyperParameters)));
        Map<String, Object> channels = new LinkedHashMap<>();
        r.channels.forEach(c -> channels.put(c.name(), ToolkitEnvironment.channelConfig()));
        Files.write(dir.configDir().resolve("inputdataconfig.json"), Json.prettyBytes(channels));
        // the same file SageMaker writes (instance groups included), one host
        Files.write(dir.configDir().resolve("resourceconfig.json"), Json.prettyBytes(ToolkitEnvironment.resourceConfig()));
        if (!Files.exists(dir.log())) {
            Files.createFile(dir.log());
        }
    }
}
