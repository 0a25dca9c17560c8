package dev.sagedeck.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar the build made (dist/sagedeck.jar, after {@code package}): picocli's classes, which every
 * command but {@code --version} loads, are in the class-data archive a first run writes, so later
 * runs map them instead of reading and verifying them from the jar (src/tools/RetargetClasses.java).
 */
class PicocliClassDataIT {
    private static final Path JAR = Path.of(System.getProperty("user.dir"), "dist", "sagedeck.jar");

    @TempDir
    Path tmp;

    @Test
    void everyClassInTheJar_isOneClassDataSharingTakes() throws IOException {
        List<String> tooOld = new ArrayList<>();
        int picocli = 0;
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.getName().endsWith(".class") || e.getName().startsWith("META-INF/")) {
                    continue;
                }
                byte[] head;
                try (InputStream in = jar.getInputStream(e)) {
                    head = in.readNBytes(8);
                }
                int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
                if (major < 50) {
                    tooOld.add(e.getName() + " (" + major + ")");
                }
                if (e.getName().startsWith("picocli/")) {
                    picocli++;
                }
            }
        }
        assertThat(picocli).as("picocli's classes are in the jar").isGreaterThan(100);
        assertThat(tooOld).as("class files older than Java 6, which JDK 17's class-data sharing refuses").isEmpty();
    }

    @Test
    void jobsSecondRun_mapsPicocliFromTheArchive_theFirstRunWrote() throws Exception {
        Path archive = tmp.resolve("jobs.jsa");
        String home = tmp.resolve("home").toString();
        String first = java(home, "-XX:ArchiveClassesAtExit=" + archive);
        assertThat(archive).exists();

        String second = java(home, "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info");

        assertThat(first).contains("No training jobs yet");
        assertThat(second).contains("picocli.CommandLine source: shared objects file")
                .doesNotContain("picocli.CommandLine source: jar:");
    }

    private String java(String home, String... flags) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:+UseSerialGC"));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-jar", JAR.toString(), "jobs", "--local-only"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(new File("/dev/null"));
        pb.environment().put("SAGEDECK_HOME", home);
        pb.environment().put("SAGEDECK_OWNER", "it");
        Path out = tmp.resolve("out-" + System.nanoTime() + ".txt");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(cmd + " did not finish within 120 s");
        }
        String text = Files.readString(out);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
