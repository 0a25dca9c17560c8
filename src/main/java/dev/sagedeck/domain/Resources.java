package dev.sagedeck.domain;

/** What a job runs on and how long it may run. Local jobs use instance type "local" and count 1. */
public record Resources(
        String instanceType,
        int instanceCount,
        int volumeGb,
        long maxRuntimeSeconds,
        boolean managedSpot,
        long maxWaitSeconds) {

    public static final String LOCAL_INSTANCE = "local";

    /** The resources of a run on this machine. */
    public static Resources local(long maxRuntimeSeconds) {
        return new Resources(LOCAL_INSTANCE, 1, 0, maxRuntimeSeconds, false, 0);
    }
}
