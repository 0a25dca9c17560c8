package dev.sagedeck.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job JVM's class-data archive, with real JVMs on a one-class jar (what a job process is to the JVM). */
class ClassDataArchiveTest {
    @TempDir
    Path tmp;
    private Path jar;
    private Map<String, String> env;
    private final String java = JobLauncher.javaBinary();

    @BeforeEach
    void oneClassJar() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src")).resolve("Hello.java");
        Files.writeString(src, "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", tmp.resolve("src").toString(), src.toString())).isZero();
        jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(tmp.resolve("src/Hello.class")));
        }
        env = Map.of("SAGEDECK_CACHE_DIR", tmp.resolve("cache").toString());
    }

    @Test
    void theFirstJobOfABuild_leavesAnArchive_thatTheNextJobMaps() throws Exception {
        ClassDataArchive.Plan first = ClassDataArchive.forJob(java, jar.toString(), env);
        assertThat(first.wrapper()).isNotEmpty();
        assertThat(run(first, List.of())).isEqualTo("hello");
        assertThat(archives()).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).endsWith("." + Files.size(a) + ".jsa"));

        ClassDataArchive.Plan next = ClassDataArchive.forJob(java, jar.toString(), env);
        assertThat(next.wrapper()).isEmpty();
        assertThat(next.flags()).contains("-XX:SharedArchiveFile=" + archives().get(0));
        assertThat(run(next, List.of("-Xlog:class+load"))).contains("Hello source: shared objects file (top)");
    }

    @Test
    void aRebuiltJar_getsANewArchive_andTheOldOneIsRemoved() throws Exception {
        run(ClassDataArchive.forJob(java, jar.toString(), env), List.of());
        Path old = archives().get(0);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));

        ClassDataArchive.Plan rebuilt = ClassDataArchive.forJob(java, jar.toString(), env);
        assertThat(rebuilt.wrapper()).isNotEmpty();
        run(rebuilt, List.of());
        assertThat(archives()).singleElement().isNotEqualTo(old);
    }

    @Test
    void aDamagedArchive_neverStopsTheJobFromStarting() throws Exception {
        run(ClassDataArchive.forJob(java, jar.toString(), env), List.of());
        Path good = archives().get(0);
        // cut short: its name no longer matches its size, so it is not used (the JVM would crash on it)
        byte[] bytes = Files.readAllBytes(good);
        Files.delete(good);
        Files.write(good, Arrays.copyOf(bytes, bytes.length / 2));
        ClassDataArchive.Plan afterCut = ClassDataArchive.forJob(java, jar.toString(), env);
        assertThat(afterCut.flags()).noneMatch(f -> f.startsWith("-XX:SharedArchiveFile"));
        assertThat(run(afterCut, List.of())).isEqualTo("hello");

        // garbage of the right size: used, and the JVM ignores it
        Path garbage = archives().get(0);
        String name = garbage.getFileName().toString();
        Files.delete(garbage);
        byte[] junk = "not an archive at all".getBytes(StandardCharsets.UTF_8);
        Path fake = garbage.resolveSibling(name.replaceAll("\\.[0-9]+\\.jsa$", "." + junk.length + ".jsa"));
        Files.write(fake, junk);
        ClassDataArchive.Plan onJunk = ClassDataArchive.forJob(java, jar.toString(), env);
        assertThat(onJunk.flags()).contains("-XX:SharedArchiveFile=" + fake);
        assertThat(run(onJunk, List.of())).isEqualTo("hello");
    }

    @Test
    void theFirstJobOfANewJar_clearsTheArchivesOfAJarThatIsGone() throws Exception {
        Path otherJar = Files.copy(jar, tmp.resolve("other.jar"));
        run(ClassDataArchive.forJob(java, otherJar.toString(), env), List.of(), otherJar);
        assertThat(archives()).hasSize(1);
        String javaPath = Path.of(java).toRealPath().toString();
        assertThat(tmp.resolve("cache/cds")).isDirectoryContaining(f -> f.getFileName().toString().endsWith(".paths")
                && readString(f).equals(otherJar.toAbsolutePath() + "\n" + javaPath + "\n"));
        Files.delete(otherJar); // a test directory or an old release directory, removed
        try (Stream<Path> files = Files.list(tmp.resolve("cache/cds"))) { // its .paths file no longer being written
            for (Path f : files.toList()) Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 11 * 60_000L));
        }

        run(ClassDataArchive.forJob(java, jar.toString(), env), List.of());

        assertThat(archives()).singleElement().satisfies(a -> assertThat(ClassDataArchive.forJob(java, jar.toString(), env).flags())
                .contains("-XX:SharedArchiveFile=" + a));
        try (Stream<Path> files = Files.list(tmp.resolve("cache/cds"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".paths")).toList()).singleElement()
                    .satisfies(f -> assertThat(readString(f)).startsWith(jar.toAbsolutePath() + "\n"));
        }
    }

    private static String readString(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void classDirectories_getNoArchive() {
        assertThat(ClassDataArchive.forJob(java, tmp + "/classes" + File.pathSeparator + jar, env)).isEqualTo(ClassDataArchive.Plan.NONE);
        assertThat(ClassDataArchive.forJob(java, jar.toString(), Map.of("SAGEDECK_CDS", "off"))).isEqualTo(ClassDataArchive.Plan.NONE);
    }

    private String run(ClassDataArchive.Plan plan, List<String> extra) throws Exception {
        return run(plan, extra, jar);
    }

    private String run(ClassDataArchive.Plan plan, List<String> extra, Path jar) throws Exception {
        List<String> cmd = new ArrayList<>(plan.wrapper());
        cmd.add(java);
        cmd.addAll(plan.flags());
        cmd.addAll(extra);
        cmd.addAll(List.of("-cp", jar.toString(), "Hello"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("cache/cds"))) {
            List<Path> all = files.sorted().toList();
            assertThat(all).noneMatch(f -> f.toString().endsWith(".tmp"), "no temporary file is left behind");
            return all.stream().filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }
}
