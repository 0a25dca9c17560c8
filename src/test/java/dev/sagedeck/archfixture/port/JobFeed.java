package dev.sagedeck.archfixture.port;

import dev.sagedeck.archfixture.domain.CleanJob;
import java.util.List;

/** Fixture: a port whose call blocks, as every port's may. */
public interface JobFeed {
    List<CleanJob> latest();
}
