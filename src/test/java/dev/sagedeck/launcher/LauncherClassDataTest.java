package dev.sagedeck.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real dist/sagedeck's class-data archives on a {@link FakeMachine} whose java writes a pretend
 * archive when asked to: the first run of a kind writes one (and says which jar and java it is for, and
 * asks the JVM to clear archives no jar can use), later runs map it, one cut short is never used.
 */
class LauncherClassDataTest {
    @TempDir
    Path tmp;

    /** The stub java: on -XX:ArchiveClassesAtExit=F it writes 7 bytes to F and records the prune request. */
    private static final String WRITES_ARCHIVES = """
            for a in "$@"; do
                case $a in -XX:ArchiveClassesAtExit=*) printf archive > "${a#*=}"; echo "prune $SAGEDECK_CDS_PRUNE" >> "$SAGEDECK_TEST_CALLS" ;; esac
            done
            echo 'fake java ran'""";

    @Test
    void theFirstRunWritesTheArchive_laterRunsMapIt_andOneCutShortIsNeverUsed() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy().withTools("cksum", "stat", "wc", "sync", "mv").with("SAGEDECK_CDS", "on");
        Path jdk = FakeMachine.jdkRunning(m.jvmDirs.resolve("jdk-17"), WRITES_ARCHIVES);
        Path cds = m.home.resolve(".cache/sagedeck/cds");
        Path jar = m.app.resolve("dist/sagedeck.jar");

        FakeMachine.Result first = m.run("dist/sagedeck", "jobs", "--local-only");

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).isEqualTo("fake java ran\n");
        assertThat(m.calls()).hasSize(3);
        assertThat(m.calls().get(0)).contains("-XX:ArchiveClassesAtExit=" + cds + "/sagedeck-").endsWith(" -jar " + jar + " jobs --local-only");
        assertThat(m.calls().get(1)).isEqualTo("prune " + cds);
        assertThat(m.calls().get(2)).contains("-Xshare:on").endsWith(" -version");
        Path archive = only(cds, ".jsa");
        assertThat(archive.getFileName().toString()).matches("sagedeck-[0-9]+-jobs-[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+\\.7\\.jsa");
        assertThat(Files.readString(only(cds, ".paths"))).isEqualTo(jar + "\n" + jdk.resolve("bin/java") + "\n");

        m.run("dist/sagedeck", "jobs", "--local-only");
        assertThat(m.calls()).hasSize(4);
        assertThat(m.calls().get(3)).contains("-XX:SharedArchiveFile=" + archive + " -jar").doesNotContain("ArchiveClassesAtExit");

        Files.writeString(archive, "arc"); // cut short: its name says 7 bytes
        m.run("dist/sagedeck", "jobs", "--local-only");
        assertThat(m.calls().get(4)).doesNotContain("SharedArchiveFile").contains("-XX:ArchiveClassesAtExit=");
        assertThat(Files.size(only(cds, ".jsa"))).as("written again whole").isEqualTo(7);
    }

    @Test
    void eachKindOfRun_hasItsOwnArchive() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy().withTools("cksum", "stat", "wc", "sync", "mv").with("SAGEDECK_CDS", "on");
        FakeMachine.jdkRunning(m.jvmDirs.resolve("jdk-17"), WRITES_ARCHIVES);

        m.run("dist/sagedeck", "--version");
        m.run("dist/sagedeck", "jobs");
        m.run("dist/sagedeck", "--version");

        try (Stream<Path> files = Files.list(m.home.resolve(".cache/sagedeck/cds"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted())
                    .hasSize(2).anyMatch(n -> n.contains("-cli-")).anyMatch(n -> n.contains("-jobs-"));
        }
        assertThat(m.calls().get(m.calls().size() - 1)).contains("-XX:SharedArchiveFile=").contains("-cli-");
    }

    private static Path only(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).toList();
            assertThat(found).as("files ending in %s in %s", suffix, dir).hasSize(1);
            return found.get(0);
        }
    }
}
