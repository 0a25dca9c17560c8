package dev.sagedeck.port;

import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.domain.PhaseRecord;
import java.io.IOException;
import java.util.List;

/** Where my finished jobs' phase durations are kept between runs (the dashboard and {@code watch} share it). */
public interface PhaseHistories {
    /** The history so far; empty, never an error, when there is none or it cannot be read. */
    PhaseHistory read();

    /** Adds the records of jobs not kept yet. */
    void append(List<PhaseRecord> records) throws IOException;
}
