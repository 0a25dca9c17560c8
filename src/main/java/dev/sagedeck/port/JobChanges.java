package dev.sagedeck.port;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells when local job files change (a run started in another shell, a record or a log written), so
 * the dashboard sees them at once without polling the disk; nothing runs while nothing changes.
 */
public interface JobChanges {

    /** Jobs whose record or directory changed (created, status moved, deleted), and jobs whose log grew. */
    record Change(Set<String> records, Set<String> logs) {
        public Change {
            records = Set.copyOf(records);
            logs = Set.copyOf(logs);
        }

        public boolean isEmpty() {
            return records.isEmpty() && logs.isEmpty();
        }
    }

    /** Starts watching on a background thread that calls {@code listener}; closing the handle stops it. */
    AutoCloseable watch(Consumer<Change> listener);
}
