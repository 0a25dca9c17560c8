package dev.sagedeck;

import dev.sagedeck.cli.EarlyStart;
import dev.sagedeck.cli.SagedeckCommand;
import dev.sagedeck.cli.Version;
import dev.sagedeck.config.ClassDataCache;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine;

/** Entry point: parses the command line and runs the dashboard or a subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        String cds = System.getenv("SAGEDECK_CDS_PRUNE");
        if (cds != null && !cds.isEmpty()) {
            // dist/sagedeck sets it only on the first run of a build, which writes a class-data archive
            ClassDataCache.prune(Path.of(cds), Instant.now());
        }
        if (Version.asked(args)) {
            // the one answer that needs neither picocli (whose classes cannot be class-data archived) nor the wiring
            System.out.println(Version.line());
            System.exit(0);
        }
        Wiring wiring = Wiring.fromEnvironment();
        EarlyStart.begin(wiring, args); // train --wait: the run's JVM starts while this one checks the options
        System.exit(SagedeckCommand.forArgs(wiring, args).execute(args));
    }
}
