package dev.sagedeck.archfixture.app;

import dev.sagedeck.archfixture.domain.CleanJob;
import dev.sagedeck.archfixture.port.JobFeed;
import java.util.List;

/** Fixture: the core calling a port, which blocks (forbidden: return an effect instead). */
public final class RefreshInTheReducer {
    private RefreshInTheReducer() {}

    public static List<CleanJob> refresh(JobFeed feed) {
        return feed.latest();
    }
}
