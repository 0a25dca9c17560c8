package dev.sagedeck.archfixture.app;

import dev.sagedeck.archfixture.domain.CleanJob;
import dev.sagedeck.archfixture.port.CleanJobs;
import java.util.List;

/** Fixture: app logic over the port and domain (allowed). */
public final class CleanUpdate {
    private CleanUpdate() {}

    public static List<CleanJob> refresh(CleanJobs jobs) {
        return jobs.list();
    }
}
