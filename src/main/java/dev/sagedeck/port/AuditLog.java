package dev.sagedeck.port;

import java.time.Instant;

/** Append-only record of stop attempts: who, which job, what was decided and what happened. */
public interface AuditLog {

    /** One attempt: decision is "allowed" or "refused: <why>"; outcome what the backend said. */
    record Entry(Instant time, String caller, String jobArn, String decision, String outcome) {}

    void append(Entry entry);
}
