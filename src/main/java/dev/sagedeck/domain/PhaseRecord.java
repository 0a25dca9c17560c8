package dev.sagedeck.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each phase of one of my finished jobs took, with what makes jobs comparable: backend,
 * image, instance type and data size (null when unknown). Only phases that ended because the next
 * one began count; the phase a job failed or was stopped in says nothing about how long it takes.
 */
public record PhaseRecord(String job, Backend backend, String image, String instanceType, Long dataBytes,
        Instant ended, Map<String, Long> phaseSeconds) {

    /** Tag carrying the input data size in bytes, when the launcher knew it. */
    public static final String DATA_BYTES_TAG = RunTags.DATA_BYTES;

    public PhaseRecord {
        phaseSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phaseSeconds));
    }

    /** The record of a finished job, or empty when it is still running or has no completed phase. */
    public static Optional<PhaseRecord> of(TrainingJob job) {
        if (!job.status().isFinal() || job.transitions().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> phases = new LinkedHashMap<>();
        var ts = job.transitions();
        for (int i = 0; i + 1 < ts.size(); i++) {
            StatusTransition t = ts.get(i);
            StatusTransition next = ts.get(i + 1);
            if (t.start() == null || t.end() == null || isEnd(next.status()) && !job.status().text().equals("Completed")) {
                continue; // interrupted by the failure or the stop: not a normal duration
            }
            if (isEnd(t.status())) {
                continue;
            }
            phases.merge(t.status(), t.duration(t.end()).getSeconds(), Long::sum);
        }
        if (phases.isEmpty()) {
            return Optional.empty();
        }
        Instant ended = job.timing() != null && job.timing().ended() != null ? job.timing().ended() : ts.get(ts.size() - 1).start();
        return Optional.of(new PhaseRecord(job.name(), job.backend(), job.image(),
                job.resources() == null ? null : job.resources().instanceType(), dataBytes(job), ended, phases));
    }

    /** The job's input size from {@link #DATA_BYTES_TAG}, or null. */
    public static Long dataBytes(TrainingJob job) {
        String v = job.tags().get(DATA_BYTES_TAG);
        try {
            return v == null ? null : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Same backend, image and instance type, and data sizes within ×2 (or both unknown). */
    public boolean comparableTo(TrainingJob job) {
        String type = job.resources() == null ? null : job.resources().instanceType();
        if (backend != job.backend() || !Objects.equals(image, job.image()) || !Objects.equals(instanceType, type)) {
            return false;
        }
        Long other = dataBytes(job);
        if (dataBytes == null || other == null) {
            return dataBytes == null && other == null;
        }
        long small = Math.max(1, Math.min(dataBytes, other));
        return Math.max(dataBytes, other) <= 2 * small;
    }

    private static boolean isEnd(String status) {
        return "Completed".equals(status) || "Failed".equals(status) || "Stopped".equals(status)
                || "Stopping".equals(status) || "MaxRuntimeExceeded".equals(status) || "MaxWaitTimeExceeded".equals(status)
                || "Interrupted".equals(status);
    }
}
