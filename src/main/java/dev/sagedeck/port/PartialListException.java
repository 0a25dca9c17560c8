package dev.sagedeck.port;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.TrainingJob;
import java.util.List;
import java.util.Set;

/**
 * A listing where some backends answered and others failed: the jobs that did arrive, which
 * backends failed and why, so callers can keep showing the failed backends' last rows.
 */
public final class PartialListException extends BackendException {
    private static final long serialVersionUID = 1L;
    private final transient List<TrainingJob> listed;
    private final Set<Backend> failed;

    public PartialListException(List<TrainingJob> listed, Set<Backend> failed, BackendException cause) {
        super(cause.kind(), cause.getMessage(), cause);
        this.listed = List.copyOf(listed);
        this.failed = Set.copyOf(failed);
    }

    public List<TrainingJob> listed() {
        return listed;
    }

    public Set<Backend> failed() {
        return failed;
    }
}
