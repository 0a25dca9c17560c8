package dev.sagedeck.port;

import java.time.Instant;

/** Append-only record of stop attempts: who, which job, what was decided and why. */
public interface AuditLog {

    /**
     * One attempt. {@code osUser} and {@code owner} say who asked (the OS account, the owner name
     * sagedeck acted as), {@code caller} the AWS identity ARN when known (else null); {@code via} is
     * "cli" or "dashboard"; {@code where} the backend ("local", "sagemaker"; null for an unknown
     * name); {@code jobOwner} whose the job is, when known; {@code decision} one of stopped, killed,
     * refused, failed, cancelled; {@code reason} why, in a few words.
     */
    record Entry(Instant time, String osUser, String owner, String caller, String via, String job, String where,
            String jobOwner, String decision, String reason) {}

    void append(Entry entry);
}
