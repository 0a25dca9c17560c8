package dev.sagedeck.archfixture.usecase;

import dev.sagedeck.archfixture.app.CleanUpdate;
import dev.sagedeck.archfixture.domain.CleanJob;
import dev.sagedeck.archfixture.port.CleanJobs;
import java.util.List;

/** Fixture: a use case calling the port, off the UI thread (allowed). */
public final class CleanRefresh {
    private CleanRefresh() {}

    public static List<CleanJob> refresh(CleanJobs jobs) {
        return CleanUpdate.refreshed(jobs.list());
    }
}
