package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.port.LocalRuns.Attach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's {@code train --wait --json} (as dist/sagedeck runs it: sagedeck's JVM hands over, the
 * run's JVM prints and reports) and {@code jobs --local-only} load no class of Jackson's databind in
 * either JVM: its first mapper cost each JVM ~0.1 s of the sample's 1.3 s (docs/BENCHMARKS.md, fifth
 * round). Each JVM logs the classes it loads ({@code -Xlog:class+load}); a databind class in either
 * log fails this test, and so does a log that does not show the run's own classes.
 */
class NoDatabindOnTheSamplePathTest {
    private static final String DATABIND = "com.fasterxml.jackson.databind.";

    @TempDir
    Path tmp;

    @Test
    void theSamplesTrainWaitJson_andTheLocalListing_loadNoDatabind_inEitherJvm() throws Exception {
        Path handoff = Files.createDirectories(tmp.resolve("handoff"));
        assertThat(new ProcessBuilder("mkfifo", handoff.resolve(AttachedRun.LOG).toString()).inheritIO().start().waitFor()).isZero();
        // the launcher's `cat`: read the pipe to its end, as the run writes it
        CompletableFuture<String> terminal = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(handoff.resolve(AttachedRun.LOG));
            } catch (IOException e) {
                return e.toString();
            }
        });

        Process cli = sagedeck(tmp.resolve("cli.log"), handoff, "train", "--sample", "titanic", "--name", "alice-sample-1", "--wait", "--json");
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(new String(cli.getInputStream().readAllBytes())).isZero();
        String shown = terminal.get(120, TimeUnit.SECONDS);
        long pid = Long.parseLong(Files.readString(handoff.resolve(AttachedRun.PID)).strip());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join()); // the run's JVM has written its class log when it has exited

        assertThat(Files.readString(handoff.resolve(AttachedRun.RC)).strip()).as(shown).isEqualTo("0");
        assertThat(Files.readString(handoff.resolve(AttachedRun.RESULT))).contains("\"status\" : \"Completed\"");
        assertNoDatabind(tmp.resolve("cli.log"), "dev.sagedeck.local.JobRecordJson");
        assertNoDatabind(tmp.resolve("job.log"), "dev.sagedeck.cli.AttachedRun", "dev.sagedeck.data.PreprocessingJson");

        Process jobs = sagedeck(tmp.resolve("jobs.log"), null, "jobs", "--local-only");
        assertThat(jobs.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(jobs.getInputStream().readAllBytes())).contains("alice-sample-1").contains("Completed");
        assertNoDatabind(tmp.resolve("jobs.log"), "dev.sagedeck.local.JobRecordJson");
    }

    /** {@code java -Xlog:class+load -cp <ours> dev.sagedeck.Main ARGS}; its run's JVM logs to job.log beside it. */
    private Process sagedeck(Path classLog, Path handoff, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog, "-cp", System.getProperty("java.class.path"), "dev.sagedeck.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SAGEDECK_HOME", tmp.resolve("home").toString());
        pb.environment().put("SAGEDECK_CACHE_DIR", tmp.resolve("cache").toString());
        pb.environment().put("SAGEDECK_OWNER", "alice");
        pb.environment().put("SAGEDECK_CDS", "off");
        pb.environment().put("SAGEDECK_JOB_JAVA_OPTS", "-Xlog:class+load=info:file=" + tmp.resolve("job.log"));
        if (handoff != null) {
            pb.environment().put(Attach.ENV, handoff.toString());
        }
        return pb.start();
    }

    private static void assertNoDatabind(Path classLog, String... mustHaveLoaded) throws IOException {
        List<String> loaded = Files.readAllLines(classLog);
        for (String c : mustHaveLoaded) {
            assertThat(loaded).as(classLog + " shows the run's own classes").anyMatch(l -> l.contains(" " + c + " "));
        }
        assertThat(loaded).as(classLog + ": databind classes loaded").noneMatch(l -> l.contains(DATABIND));
    }
}
