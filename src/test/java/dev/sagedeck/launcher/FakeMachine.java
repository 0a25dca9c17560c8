package dev.sagedeck.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A machine laid out in a temporary directory, for running the real dist/sagedeck and dist/setup
 * against it: a PATH holding only the shell tools the scripts use plus stubs of {@code dnf},
 * {@code yum}, {@code apt-get}, {@code sudo}, {@code conda}, {@code id} that append what they were
 * asked to {@code calls.log} (installers also lay out the JDK their real twin would), an
 * os-release file, a JVM directory, a home directory, and a copy of the launcher next to a
 * stand-in jar. Fake JDKs' {@code java} records its own home and arguments instead of running.
 */
final class FakeMachine {
    static final Path REPO = Path.of(System.getProperty("user.dir"));
    private static final List<String> TOOLS = List.of("sh", "sed", "awk", "cat", "dirname", "basename", "readlink",
            "mkdir", "find", "head", "tr", "grep", "date", "rm", "touch", "chmod", "ls", "env", "flock", "cp", "uname");

    final Path root;
    final Path bin;
    final Path jvmDirs;
    final Path home;
    final Path app;
    final Path calls;
    private final Map<String, String> env = new HashMap<>();

    FakeMachine(Path root) throws IOException {
        this.root = root;
        this.bin = Files.createDirectories(root.resolve("bin"));
        this.jvmDirs = Files.createDirectories(root.resolve("usr-lib-jvm"));
        this.home = Files.createDirectories(root.resolve("home"));
        this.app = Files.createDirectories(root.resolve("app"));
        this.calls = root.resolve("calls.log");
        Files.createFile(calls);
        for (String tool : TOOLS) { // wrappers, not symlinks: JUnit warns about links leaving the temp dir
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) {
                real = Path.of("/bin", tool);
            }
            script(bin.resolve(tool), "exec " + real + " \"$@\"\n");
        }
        uid(0);
        makeJdkScript();
        env.put("PATH", bin.toString());
        env.put("HOME", home.toString());
        env.put("SAGEDECK_OS_RELEASE", root.resolve("os-release").toString());
        env.put("SAGEDECK_JVM_DIRS", jvmDirs.toString());
        env.put("LC_ALL", "C");
        env.put("SAGEDECK_CDS", "off"); // class-data archives would add java runs to what the stubs record
        osRelease("ID=debian\nVERSION_ID=\"12\"\n");
    }

    /** An installed copy: dist/sagedeck, dist/setup and dist/lib next to a jar, no sources (nothing to build). */
    FakeMachine installedCopy() throws IOException {
        copyScripts(app);
        Files.writeString(app.resolve("dist/sagedeck.jar"), "not a real jar: the fake java never opens it");
        return this;
    }

    /** A checkout: the scripts, pom.xml, src/, themes/ and an mvnw stub that writes the jar (or fails). */
    FakeMachine checkout(boolean buildSucceeds) throws IOException {
        copyScripts(app);
        Files.writeString(app.resolve("pom.xml"), "<project/>");
        Files.createDirectories(app.resolve("src/main/java"));
        Files.writeString(app.resolve("src/main/java/Main.java"), "class Main {}");
        Files.createDirectories(app.resolve("themes"));
        Files.writeString(app.resolve("themes/default.properties"), "# theme");
        String body = buildSucceeds
                ? "echo '[INFO] --- compiler:3.13.0:compile (default-compile) @ sagedeck ---'\n"
                        + "echo '[INFO] Downloaded from central: https://repo/x.jar (1 kB at 9 kB/s)'\n"
                        + "echo '[INFO] --- shade:3.6.0:shade (default) @ sagedeck ---'\n"
                        + "echo jar > \"$(dirname \"$0\")/dist/sagedeck.jar\"\n"
                : "echo '[INFO] --- compiler:3.13.0:compile (default-compile) @ sagedeck ---'\n"
                        + "echo '[ERROR] Main.java:[1,1] class, interface, enum, or record expected'\n"
                        + "exit 1\n";
        script(app.resolve("mvnw"), "echo \"mvnw JAVA_HOME=$JAVA_HOME $*\" >> " + calls + "\n" + body);
        return this;
    }

    private static void copyScripts(Path target) throws IOException {
        Files.createDirectories(target.resolve("dist/lib"));
        for (String f : List.of("dist/sagedeck", "dist/setup", "dist/lib/jdk.sh")) {
            Files.copy(REPO.resolve(f), target.resolve(f));
        }
    }

    FakeMachine osRelease(String text) throws IOException {
        Files.writeString(root.resolve("os-release"), text);
        return this;
    }

    FakeMachine uid(int uid) throws IOException {
        script(bin.resolve("id"), "[ \"$1\" = -u ] && echo " + uid + "\n"); // not recorded: every run asks
        return this;
    }

    /** Puts more of the system's tools on this machine's PATH (the TOOLS above are always there). */
    FakeMachine withTools(String... tools) throws IOException {
        for (String tool : tools) {
            Path real = Path.of("/usr/bin", tool);
            script(bin.resolve(tool), "exec " + (Files.exists(real) ? real : Path.of("/bin", tool)) + " \"$@\"\n");
        }
        return this;
    }

    /** A JDK 17 at {@code home} whose {@code java} records its arguments, then runs {@code body} (a shell snippet). */
    static Path jdkRunning(Path home, String body) throws IOException {
        jdk(home, 17, true);
        script(home.resolve("bin/java"), "echo \"java " + home + " $*\" >> \"$SAGEDECK_TEST_CALLS\"\n" + body + "\n");
        return home;
    }

    FakeMachine with(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** A JDK (or, without javac, a JRE) of {@code major} at {@code home}. */
    static Path jdk(Path home, int major, boolean javac) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + (major == 8 ? "1.8.0_402" : major + ".0.9") + "\"\n");
        script(home.resolve("bin/java"), "echo \"java " + home + " $*\" >> \"$SAGEDECK_TEST_CALLS\"\necho 'fake java ran'\n");
        if (javac) {
            script(home.resolve("bin/javac"), "exit 0\n");
        }
        return home;
    }

    /** A stub on PATH that records its arguments, then runs {@code body}. */
    FakeMachine stub(String name, String body) throws IOException {
        script(bin.resolve(name), "echo \"" + name + " $*\" >> " + calls + "\n" + body + "\n");
        return this;
    }

    /** A shell snippet for installer stubs: on install/create, lay out a JDK 17 at {@code at}, as the real package would. */
    String installsJdk(Path at) {
        return "case \" $* \" in *' install '* | *' create '*) " + root.resolve("make-jdk") + " " + at + " ;; esac";
    }

    private void makeJdkScript() throws IOException {
        script(root.resolve("make-jdk"), """
                mkdir -p "$1/bin"
                echo 'JAVA_VERSION="17.0.9"' > "$1/release"
                printf '#!/bin/sh\necho "java %s $*" >> "$SAGEDECK_TEST_CALLS"\necho "fake java ran"\n' "$1" > "$1/bin/java"
                printf '#!/bin/sh\n' > "$1/bin/javac"
                chmod +x "$1/bin/java" "$1/bin/javac"
                """);
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** What the stubs were asked, one line per call. */
    List<String> calls() {
        try {
            return Files.readAllLines(calls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    /**
     * Runs {@code app/<script>} on a terminal (a pseudo-terminal from util-linux's {@code script}),
     * typing {@code typed}; what the terminal showed is in {@code out}.
     */
    Result runOnTerminal(String typed, String script, String... args) throws Exception {
        StringBuilder cmd = new StringBuilder(app.resolve(script).toString());
        for (String a : args) {
            cmd.append(' ').append(a);
        }
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qec", cmd.toString(), "/dev/null").directory(root.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("SHELL", "/bin/sh");
        pb.environment().put("SAGEDECK_TEST_CALLS", calls.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().write(typed.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        byte[] shown = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(script + " did not finish within 60 s");
        }
        return new Result(p.exitValue(), new String(shown, StandardCharsets.UTF_8), "");
    }

    /** Runs {@code app/<script>} with this machine's environment only, stdin closed (not a terminal). */
    Result run(String script, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(app.resolve(script).toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("SAGEDECK_TEST_CALLS", calls.toString());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(script + " did not finish within 60 s");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
