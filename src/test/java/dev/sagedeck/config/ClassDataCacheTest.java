package dev.sagedeck.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive cache keeps what a jar can still use and lets go of the rest, on real files. */
class ClassDataCacheTest {
    @TempDir
    Path tmp;
    private Path cds;
    private Path jar;
    private Path java;
    private final Instant now = Instant.now();

    @BeforeEach
    void aJarAndAJava() throws IOException {
        cds = Files.createDirectories(tmp.resolve("cds"));
        jar = Files.writeString(Files.createDirectories(tmp.resolve("checkout/dist")).resolve("sagedeck.jar"), "jar");
    }

    private Path archive(String id, String kind, Path forJar, Path forJava) throws IOException {
        String stamp = ClassDataCache.stamp(forJar) + "." + ClassDataCache.stamp(forJava) + ".";
        Path a = cds.resolve("sagedeck-" + id + "-" + kind + "-" + stamp + "4.jsa");
        Files.writeString(a, "data");
        return a;
    }

    private List<String> left() throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void lastUsed(Path f, Instant when) throws IOException {
        FileTime t = FileTime.from(when);
        Files.getFileAttributeView(f, BasicFileAttributeView.class).setTimes(t, t, null);
    }

    @Test
    void archivesOfAJarThatIsStillThere_areKept_withTheirPathsFile() throws IOException {
        java = Files.writeString(tmp.resolve("java"), "java");
        Path dash = archive("1234", "dash", jar, java);
        Path jobs = archive("1234", "jobs", jar, java);
        ClassDataCache.recordPaths(cds, "1234", jar.toString(), java.toString());

        assertThat(ClassDataCache.prune(cds, now)).isEmpty();
        assertThat(left()).containsExactly(dash.getFileName().toString(), jobs.getFileName().toString(), "sagedeck-1234.paths");
    }

    @Test
    void aDeletedCheckout_orTestDirectory_takesItsArchivesAndPathsFileWithIt() throws IOException {
        java = Files.writeString(tmp.resolve("java"), "java");
        archive("1234", "dash", jar, java);
        archive("abc0", "job", jar, java);
        ClassDataCache.recordPaths(cds, "1234", jar.toString(), java.toString());
        ClassDataCache.recordPaths(cds, "abc0", jar.toString(), java.toString());
        Path other = Files.writeString(tmp.resolve("other.jar"), "another checkout");
        Path kept = archive("99", "cli", other, java);
        ClassDataCache.recordPaths(cds, "99", other.toString(), java.toString());
        Files.delete(jar);
        for (Path f : List.of(cds.resolve("sagedeck-1234.paths"), cds.resolve("sagedeck-abc0.paths"))) {
            lastUsed(f, now.minus(Duration.ofMinutes(11))); // not one being written right now
        }

        assertThat(ClassDataCache.prune(cds, now)).hasSize(4);
        assertThat(left()).containsExactly(kept.getFileName().toString(), "sagedeck-99.paths");
    }

    @Test
    void theArchiveOfTheBuildBefore_isRemoved_theCurrentBuildsKept() throws IOException {
        java = Files.writeString(tmp.resolve("java"), "java");
        Path before = archive("1234", "jobs", jar, java);
        Files.writeString(jar, "rebuilt, longer jar");
        Path current = archive("1234", "dash", jar, java);
        ClassDataCache.recordPaths(cds, "1234", jar.toString(), java.toString());

        ClassDataCache.prune(cds, now);

        assertThat(left()).containsExactly(current.getFileName().toString(), "sagedeck-1234.paths").doesNotContain(before.getFileName().toString());
    }

    @Test
    void anUpdatedJava_retiresTheArchivesMadeWithTheOldOne() throws IOException {
        java = Files.writeString(tmp.resolve("java"), "java");
        archive("1234", "dash", jar, java);
        ClassDataCache.recordPaths(cds, "1234", jar.toString(), java.toString());
        Files.setLastModifiedTime(java, FileTime.from(now.plusSeconds(60)));

        ClassDataCache.prune(cds, now);

        assertThat(left()).containsExactly("sagedeck-1234.paths"); // still young: the next archive of this jar is on its way
    }

    @Test
    void anArchiveUnusedForAMonth_isRemoved_thoughItsJarIsThere() throws IOException {
        java = Files.writeString(tmp.resolve("java"), "java");
        Path old = archive("1234", "cli", jar, java);
        Path used = archive("1234", "dash", jar, java);
        ClassDataCache.recordPaths(cds, "1234", jar.toString(), java.toString());
        lastUsed(old, now.minus(Duration.ofDays(ClassDataCache.UNUSED_DAYS + 1)));
        lastUsed(used, now.minus(Duration.ofDays(ClassDataCache.UNUSED_DAYS - 1)));

        assertThat(ClassDataCache.prune(cds, now)).containsExactly(old);
    }

    @Test
    void archivesFromBeforeThePathsFile_goOnceUnusedForAWeek() throws IOException {
        java = Files.writeString(tmp.resolve("java"), "java");
        Path stale = archive("839367694", "cli", jar, java);
        Path recent = archive("839367695", "cli", jar, java);
        lastUsed(stale, now.minus(Duration.ofDays(ClassDataCache.UNKNOWN_UNUSED_DAYS + 1)));
        lastUsed(recent, now.minus(Duration.ofDays(1)));

        assertThat(ClassDataCache.prune(cds, now)).containsExactly(stale);
    }

    @Test
    void halfWrittenArchives_goAfterTenMinutes_notWhileAFirstRunMayStillWriteThem() throws IOException {
        Path abandoned = Files.writeString(cds.resolve("sagedeck-1-dash-1.2.3.4.123.tmp"), "half");
        Path writing = Files.writeString(cds.resolve("sagedeck-1-jobs-1.2.3.4.124.tmp"), "half");
        lastUsed(abandoned, now.minus(Duration.ofMinutes(11)));

        assertThat(ClassDataCache.prune(cds, now)).containsExactly(abandoned);
        assertThat(left()).containsExactly(writing.getFileName().toString());
    }

    @Test
    void aCacheThatIsNotThere_isNoError() {
        assertThat(ClassDataCache.prune(tmp.resolve("none"), now)).isEmpty();
    }
}
