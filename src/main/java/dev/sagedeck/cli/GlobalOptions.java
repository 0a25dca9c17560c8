package dev.sagedeck.cli;

import picocli.CommandLine.Option;

/** Options every command accepts: who I am and how to reach AWS. */
public final class GlobalOptions {
    @Option(names = "--owner", description = "Your owner name (else $SAGEDECK_OWNER, else the config file).")
    public String owner;

    @Option(names = "--profile", description = "AWS profile (else the SDK's default chain).")
    public String profile;

    @Option(names = "--region", description = "AWS region (else the SDK's default chain).")
    public String region;

    @Option(names = "--endpoint-url", description = "Send AWS calls to this endpoint (also AWS_ENDPOINT_URL[_<SERVICE>]).")
    public String endpointUrl;

    @Option(names = "--local-only", description = "Use only the local backend, never AWS.")
    public boolean localOnly;
}
