package dev.sagedeck.archfixture.port;

import dev.sagedeck.archfixture.domain.CleanJob;
import java.util.List;

/** Fixture: a port in domain terms (allowed). */
public interface CleanJobs {
    List<CleanJob> list();
}
