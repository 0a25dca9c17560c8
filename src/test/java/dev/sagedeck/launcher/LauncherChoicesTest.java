package dev.sagedeck.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real dist/sagedeck on a {@link FakeMachine}: which Java it runs, which JVM flags it picks
 * (by the subcommand, not by any argument that happens to be a subcommand's name), and when it
 * rebuilds with ./mvnw. No installer is ever needed here, so none is stubbed: calling one would fail.
 */
class LauncherChoicesTest {
    @TempDir
    Path tmp;

    private static final String FAST = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:cds*=off";
    private static final String TRAIN = FAST + " -Xmx48m -Xmn4m -XX:ReservedCodeCacheSize=16m -XX:CICompilerCount=1 -Xss256k";
    private static final String FULL_JIT = "-XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:cds*=off";

    @Test
    void javaHomeTooOld_isPassedOver_forTheJava17OnPath() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy();
        Path old = FakeMachine.jdk(tmp.resolve("jdk8"), 8, true);
        Path onPath = FakeMachine.jdk(tmp.resolve("jdk17"), 17, false);
        Files.createSymbolicLink(m.bin.resolve("java"), onPath.resolve("bin/java"));
        m.with("JAVA_HOME", old.toString());

        FakeMachine.Result r = m.run("dist/sagedeck", "jobs");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(m.calls()).containsExactly("java " + onPath + " " + FAST + " -jar " + m.app.resolve("dist/sagedeck.jar") + " jobs");
    }

    @Test
    void nothingOnPath_findsAmazonCorrettoUnderTheJvmDirectory_beforeOtherJdks() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy();
        FakeMachine.jdk(m.jvmDirs.resolve("a-jdk-11"), 11, true);
        FakeMachine.jdk(m.jvmDirs.resolve("a-temurin-21"), 21, true);
        Path corretto = FakeMachine.jdk(m.jvmDirs.resolve("java-17-amazon-corretto.x86_64"), 17, true);

        FakeMachine.Result r = m.run("dist/sagedeck", "--version");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(m.calls()).singleElement().asString().startsWith("java " + corretto + " ");
    }

    @Test
    void theActiveCondaEnvironmentsJdk_isUsed_whenTheSystemHasNone() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy();
        Path env = tmp.resolve("anaconda3/envs/java17");
        Path jdk = FakeMachine.jdk(env.resolve("lib/jvm"), 17, true);
        m.with("CONDA_PREFIX", env.toString());

        FakeMachine.Result r = m.run("dist/sagedeck", "jobs", "--local-only");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(m.calls()).singleElement().asString().startsWith("java " + jdk + " ");
    }

    @Test
    void jvmFlags_followTheSubcommand_notAnyArgumentNamedLikeOne() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy();
        Path jdk = FakeMachine.jdk(m.jvmDirs.resolve("jdk-17"), 17, true);
        String jar = " -jar " + m.app.resolve("dist/sagedeck.jar");

        m.run("dist/sagedeck", "describe", "train");
        m.run("dist/sagedeck", "--owner", "check", "train", "--sample", "titanic");
        m.run("dist/sagedeck", "--profile=dev", "evaluate", "train-1", "--test", "t.csv");
        m.run("dist/sagedeck", "logs", "check");
        m.run("dist/sagedeck");

        assertThat(m.calls()).containsExactly(
                "java " + jdk + " " + FAST + jar + " describe train",
                "java " + jdk + " " + TRAIN + jar + " --owner check train --sample titanic",
                "java " + jdk + " " + FULL_JIT + jar + " --profile=dev evaluate train-1 --test t.csv",
                "java " + jdk + " " + FAST + jar + " logs check",
                "java " + jdk + " " + FAST + jar);
    }

    @Test
    void aChangedTheme_rebuildsWithMvnw_showingProgress_thenRunsTheNewJar() throws Exception {
        FakeMachine m = new FakeMachine(tmp).checkout(true);
        Path jdk = FakeMachine.jdk(m.jvmDirs.resolve("jdk-17"), 17, true);
        Path jar = m.app.resolve("dist/sagedeck.jar");
        Files.writeString(jar, "old jar");
        Instant built = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(jar, FileTime.from(built));
        try (var all = Files.walk(m.app)) { // sources (and their directories) older than the jar
            for (Path f : all.filter(f -> !f.equals(jar)).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(built.minusSeconds(60)));
            }
        }

        FakeMachine.Result fresh = m.run("dist/sagedeck", "--version");
        assertThat(m.calls()).as("nothing changed: no build").singleElement().asString().startsWith("java ");

        Files.writeString(m.app.resolve("themes/default.properties"), "# a colour changed");
        FakeMachine.Result r = m.run("dist/sagedeck", "--version");

        assertThat(fresh.err()).doesNotContain("building");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("sagedeck: building dist/sagedeck.jar with ./mvnw")
                .contains("sagedeck: build: compiling")
                .contains("sagedeck: build: downloaded 1 files") // Maven's own "[INFO] Downloaded from" lines, counted
                .contains("sagedeck: build: writing dist/sagedeck.jar")
                .doesNotContain("[INFO]");
        assertThat(m.calls()).element(1).asString().startsWith("mvnw JAVA_HOME=" + jdk + " -B ").contains("package");
        assertThat(m.calls()).element(2).asString().startsWith("java " + jdk + " ");
        assertThat(Files.readString(jar)).isEqualTo("jar\n");
        assertThat(Files.readString(m.app.resolve("target/build.log"))).contains("[INFO] --- compiler:3.13.0:compile");
    }

    @Test
    void aChangedTestSource_leavesTheJarAsItIs_aChangedMainSourceRebuildsIt() throws Exception {
        FakeMachine m = new FakeMachine(tmp).checkout(true);
        FakeMachine.jdk(m.jvmDirs.resolve("jdk-17"), 17, true);
        Path jar = m.app.resolve("dist/sagedeck.jar");
        Files.writeString(jar, "old jar");
        Instant built = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(jar, FileTime.from(built));
        try (var all = Files.walk(m.app)) {
            for (Path f : all.filter(f -> !f.equals(jar)).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(built.minusSeconds(60)));
            }
        }

        Files.createDirectories(m.app.resolve("src/test/java"));
        Files.writeString(m.app.resolve("src/test/java/MainTest.java"), "class MainTest {}"); // the jar is built without tests
        m.run("dist/sagedeck", "--version");
        assertThat(m.calls()).as("no build for a test").singleElement().asString().startsWith("java ");

        Files.writeString(m.app.resolve("src/main/java/Main.java"), "class Main { int changed; }");
        m.run("dist/sagedeck", "--version");
        assertThat(m.calls()).hasSize(3).element(1).asString().startsWith("mvnw ");
    }

    @Test
    void aFailedBuild_showsMavensErrors_andExits2_withoutRunningAnything() throws Exception {
        FakeMachine m = new FakeMachine(tmp).checkout(false);
        FakeMachine.jdk(m.jvmDirs.resolve("jdk-17"), 17, true);

        FakeMachine.Result r = m.run("dist/sagedeck", "--json", "jobs");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("[ERROR] Main.java:[1,1] class, interface, enum, or record expected")
                .contains("build failed").contains("target/build.log");
        assertThat(r.out()).isEmpty();
        assertThat(m.calls()).noneMatch(c -> c.startsWith("java "));
    }

    @Test
    void aJreIsEnoughToRun_butBuildingNeedsAJdk() throws Exception {
        FakeMachine m = new FakeMachine(tmp).checkout(true).with("SAGEDECK_YES", "0");
        FakeMachine.jdk(m.jvmDirs.resolve("jre-17"), 17, false);

        FakeMachine.Result r = m.run("dist/sagedeck", "--version");

        assertThat(r.code()).as("no JDK to build with, no installer, so set-up says so").isEqualTo(2);
        assertThat(r.err()).contains("needs a JDK 17 or newer");
        assertThat(m.calls()).isEmpty();
    }
}
