package dev.sagedeck.archfixture.port;

import software.amazon.awssdk.regions.Region;

/** Fixture: a port that leaks an AWS SDK type (forbidden). */
public interface RegionalJobs {
    Region region();
}
