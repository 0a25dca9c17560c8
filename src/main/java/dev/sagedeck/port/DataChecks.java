package dev.sagedeck.port;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.LaunchSpec;
import java.util.List;

/**
 * Reads a local run's training file the way the run will, before it starts: what would fail it
 * (FAIL) and what loads but is probably not meant (WARN, e.g. a numeric column made categorical by
 * a few stray values). Slow for big files: call it off the UI thread.
 */
public interface DataChecks {
    /** The checks for {@code spec}'s data; nothing to say is an empty list. Never throws for bad data. */
    List<CheckResult> check(LaunchSpec spec);
}
