package dev.sagedeck.local;

import dev.sagedeck.domain.JobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The job record ({@code job.json}) as Jackson reads and writes it. Mutable on purpose: every
 * change is a read-modify-write under {@link JobLock}, and a fresh copy is read each time.
 * Field names are the file format; add fields, never rename them.
 */
public final class JobRecord {
    /** One secondary-status phase as stored: a closed phase has an end time. */
    public record Phase(String status, Instant start, Instant end, String message) {}

    /** An input channel: its name, where the data came from, and the directory it was copied to. */
    public record ChannelEntry(String name, String source, String path) {}

    /**
     * What was asked for: enough for the child process to do the run without the parent. Script
     * mode: {@code entryPoint} is relative to {@code code/}; {@code sourceDir} (absolute) is copied
     * there, or, without one, just {@code scriptFile} (absolute).
     */
    public record Launch(
            String mode, String sample, String train, String test, String preset, String label,
            List<String> drop, String scriptFile, String entryPoint, String sourceDir, long maxRuntimeSeconds) {
        public static final String BUILT_IN = "builtin";
        public static final String SCRIPT = "script";
        /** A local search: its own process trains configurations as child jobs (see {@link SearchRun}). */
        public static final String TUNING = "tuning";

        public boolean script() {
            return SCRIPT.equals(mode);
        }

        public boolean tuning() {
            return TUNING.equals(mode);
        }
    }

    public int version = 1;
    public String name;
    public String owner;
    public String status;
    public String secondaryStatus;
    public List<Phase> transitions = new ArrayList<>();
    public Instant created;
    public Instant started;
    public Instant ended;
    /** The JobProcess: pid and start time, so a reused pid is not mistaken for our run. */
    public Long pid;
    public Instant pidStart;
    /** Script mode: the python process, killed with the job when the job process dies. */
    public Long workerPid;
    public Instant workerStart;
    public Integer exitCode;
    public Map<String, String> hyperParameters = new TreeMap<>();
    public List<ChannelEntry> channels = new ArrayList<>();
    public String modelLocation;
    public Map<String, Double> finalMetrics = new TreeMap<>();
    public Map<String, Double> testMetrics = new TreeMap<>();
    /** Seconds the trainer itself reports (more precise than the whole seconds of {@code Timing}). */
    public Double trainingSeconds;
    public Integer roundsTrained;
    public String failureReason;
    public Instant stopRequested;
    public long stopGraceSeconds;
    public Launch launch;
    /** Script mode: the metric rules its log is read with (the user's --metric, then the round-line defaults). */
    public List<dev.sagedeck.domain.MetricDefinition> metricDefinitions = new ArrayList<>();
    /** Tags sagedeck set at launch for signals (data size, the run's own budget): {@code RunTags.forSignals}. */
    public Map<String, String> tags = new TreeMap<>();
    /** A local search (launch mode {@code tuning}): its plan and progress; null for every other run. */
    public SearchRecord search;
    /** A configuration of a local search: the search's name; null for every other run. */
    public String tuningJob;
    /** A configuration the search stopped by the median rule: why, e.g. "round 5: validation:logloss 0.62 ...". */
    public String stoppedEarly;

    public JobStatus jobStatus() {
        return JobStatus.of(status);
    }

    public boolean active() {
        return jobStatus().isActive();
    }

    /** Where the channel {@code name} ("train", "test") was staged; null when the job has none. */
    public java.nio.file.Path channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst().map(c -> java.nio.file.Path.of(c.path())).orElse(null);
    }

    /** Closes the open phase and opens {@code secondary}; nothing happens if it is already current. */
    public void enter(String secondary, Instant now, String message) {
        if (secondary.equals(secondaryStatus)) {
            return;
        }
        closeOpenPhase(now);
        transitions.add(new Phase(secondary, now, null, message));
        secondaryStatus = secondary;
    }

    /** Ends the job: final status, a closed final phase, the end time and (for Failed) the reason. */
    public void finish(JobStatus finalStatus, String secondary, Instant now, String message) {
        closeOpenPhase(now);
        transitions.add(new Phase(secondary, now, now, message));
        secondaryStatus = secondary;
        status = finalStatus.text();
        ended = now;
        if (JobStatus.FAILED.equals(finalStatus)) {
            failureReason = message;
        }
    }

    private void closeOpenPhase(Instant now) {
        int last = transitions.size() - 1;
        if (last >= 0 && transitions.get(last).end() == null) {
            Phase open = transitions.get(last);
            transitions.set(last, new Phase(open.status(), open.start(), now, open.message()));
        }
    }
}
