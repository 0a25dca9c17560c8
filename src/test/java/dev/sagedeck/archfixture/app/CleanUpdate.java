package dev.sagedeck.archfixture.app;

import dev.sagedeck.archfixture.domain.CleanJob;
import java.util.List;

/** Fixture: pure app logic over domain values (allowed). */
public final class CleanUpdate {
    private CleanUpdate() {}

    public static List<CleanJob> refreshed(List<CleanJob> listed) {
        return List.copyOf(listed);
    }
}
