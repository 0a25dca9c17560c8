package dev.sagedeck.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive ({@code ./mvnw -Prelease verify}) unpacked in a temporary directory, run on a
 * PATH that holds no java and with no JAVA_HOME: bin/sagedeck answers --version, lists local jobs,
 * and trains the sample, and every JVM involved (sagedeck's and the job's) reports the unpacked
 * runtime as its java.home ({@code -XshowSettings:properties}).
 */
class ReleaseArchiveIT {
    private static final Path ARCHIVE = Path.of(System.getProperty("sagedeck.release.archive", "missing.tar.gz"));
    private static final String SHOW_JAVA_HOME = "-XshowSettings:properties";

    @TempDir
    static Path tmp;
    static Path unpacked;
    static Path noJavaPath;

    @BeforeAll
    static void unpack() throws Exception {
        assertThat(ARCHIVE).as("run with -Prelease: it builds the archive").exists();
        Path where = Files.createDirectories(tmp.resolve("anywhere"));
        assertThat(exec(List.of("tar", "-xzf", ARCHIVE.toString(), "-C", where.toString()), Map.of()).code).isZero();
        try (Stream<Path> top = Files.list(where)) {
            unpacked = top.findFirst().orElseThrow();
        }
        noJavaPath = pathWithoutJava(Path.of(System.getProperty("user.dir"), "target", "no-java-path"));
    }

    @Test
    void version_runsOnTheBundledRuntime_withNoJavaOnPath() throws Exception {
        Run r = sagedeck(tmp.resolve("home-version"), "--version");

        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).startsWith("sagedeck ");
        assertThat(javaHomes(r.err)).containsExactly(unpacked.resolve("runtime").toString());
    }

    @Test
    void jobsLocalOnly_listsNothing_onTheBundledRuntime() throws Exception {
        Run r = sagedeck(tmp.resolve("home-jobs"), "jobs", "--local-only", "--json");

        assertThat(r.code).as(r.toString()).isZero();
        assertThat(new ObjectMapper().readTree(r.out).isArray()).as(r.out).isTrue();
        assertThat(javaHomes(r.err)).containsExactly(unpacked.resolve("runtime").toString());
    }

    @Test
    void trainingTheSample_completes_andTheJobJvmIsTheBundledOneToo() throws Exception {
        Run r = sagedeck(tmp.resolve("home-train"), "train", "--sample", "titanic", "--wait", "--json");

        assertThat(r.code).as(r.toString()).isZero();
        JsonNode job = new ObjectMapper().readTree(r.out);
        assertThat(job.path("status").asText()).as(r.out).isEqualTo("Completed");
        assertThat(javaHomes(r.err)).as("sagedeck's JVM, then the job's (its log is on stderr)")
                .hasSizeGreaterThanOrEqualTo(2)
                .containsOnly(unpacked.resolve("runtime").toString());
    }

    @Test
    void aSecondRun_startsTheRunsJvmEarly_onTheBundledRuntime_andCompletes() throws Exception {
        Path home = tmp.resolve("home-early");
        Run first = sagedeck(home, "train", "--sample", "titanic", "--wait", "--json");
        jobArchiveIn(home.resolve(".cache/sagedeck/cds")); // the first job's JVM writes it, its shell puts it into place after the run
        Run second = sagedeck(home, "train", "--sample", "titanic", "--wait", "--json");

        assertThat(first.code).as(first.toString()).isZero();
        assertThat(second.code).as(second.toString()).isZero();
        assertThat(new ObjectMapper().readTree(second.out).path("status").asText()).as(second.out).isEqualTo("Completed");
        assertThat(first.err).as("the first run of a build starts the usual way").doesNotContain("AttachedRun --early");
        assertThat(second.err).as("docs/LOCAL-JOBS.md, the run's JVM starts early")
                .containsPattern("(?m)^\\s*sun\\.java\\.command = dev\\.sagedeck\\.cli\\.AttachedRun --early ");
        assertThat(javaHomes(second.err)).containsOnly(unpacked.resolve("runtime").toString());
        try (Stream<Path> left = Files.list(home.resolve("jobs"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    /** Waits (polling, 60 s at most) for the job JVM's class-data archive, which is put into place after its run ends. */
    private static void jobArchiveIn(Path cds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(cds)) {
                try (Stream<Path> files = Files.list(cds)) {
                    if (files.map(f -> f.getFileName().toString()).anyMatch(n -> n.contains("-job-") && n.endsWith(".jsa"))) {
                        return;
                    }
                }
            }
            Thread.sleep(50); // a poll interval: the loop re-checks the condition
        }
        throw new AssertionError("no job class-data archive in " + cds + " within 60 s");
    }

    private static List<String> javaHomes(String stderr) {
        List<String> homes = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*java\\.home = (.+)$").matcher(stderr);
        while (m.find()) {
            homes.add(m.group(1).trim());
        }
        return homes;
    }

    private static Run sagedeck(Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(unpacked.resolve("bin/sagedeck").toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, Map.of("PATH", noJavaPath.toString(), "HOME", home.toString(), "SAGEDECK_HOME", home.toString(),
                "SAGEDECK_OWNER", "release", "SAGEDECK_JAVA_OPTS", SHOW_JAVA_HOME, "SAGEDECK_JOB_JAVA_OPTS", SHOW_JAVA_HOME));
    }

    /** Links to everything in /usr/bin and /bin except Java's own commands (java, javac, jar, ...). */
    private static Path pathWithoutJava(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String from : List.of("/usr/bin", "/bin")) {
            try (Stream<Path> tools = Files.list(Path.of(from))) {
                for (Path tool : tools.toList()) {
                    Path link = dir.resolve(tool.getFileName().toString());
                    boolean isJava = tool.toRealPath().toString().contains("/jvm/");
                    if (!isJava && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, tool);
                    }
                }
            }
        }
        assertThat(dir.resolve("java")).doesNotExist();
        return dir;
    }

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private static Run exec(List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
        if (!env.isEmpty()) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(cmd + " did not finish within 180 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
