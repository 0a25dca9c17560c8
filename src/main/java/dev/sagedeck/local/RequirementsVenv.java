package dev.sagedeck.local;

import dev.sagedeck.domain.Requirements;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A script's {@code requirements.txt}, honoured locally as the framework containers do on SageMaker:
 * during the Downloading phase the packages are installed with pip into a virtual environment kept
 * per requirements file ({@code <stateDir>/venvs/<hash of its bytes and of python3>}), created with
 * {@code --system-site-packages} so the notebook's own packages stay visible, and reused by later runs
 * with the same file. pip's output goes to the job's log; pip failing fails the job with pip's reason.
 * A lock per environment lets two runs with the same file wait for one install, even across processes.
 */
final class RequirementsVenv {
    static final String READY = ".sagedeck-ready";

    /** What came of it: the python to run the script with, or why the job fails. */
    record Outcome(Path python, String failure) {}

    private final Path venvs;
    private final Lifecycle life;
    private final StopSignal stop;

    RequirementsVenv(Path stateDir, Lifecycle life, StopSignal stop) {
        this.venvs = stateDir.resolve("venvs");
        this.life = life;
        this.stop = stop;
    }

    /** {@code python3} when the code has no requirements.txt; else the environment's python, made if need be. */
    Outcome prepare(Path codeDir, Path python3) throws IOException, InterruptedException {
        Path requirements = codeDir.resolve(Requirements.FILE);
        if (!Files.isRegularFile(requirements)) {
            return new Outcome(python3, null);
        }
        byte[] content = Files.readAllBytes(requirements);
        String text = new String(content, StandardCharsets.UTF_8);
        Path venv = venvs.resolve(key(content, python3));
        Files.createDirectories(venvs);
        try (FileChannel ch = FileChannel.open(venvs.resolve(venv.getFileName() + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            Path python = venv.resolve("bin").resolve("python");
            if (Files.exists(venv.resolve(READY))) {
                life.say("Downloading - " + Requirements.sentence(text, "into " + venv) + " (made by an earlier run with the same file; reused)");
                return new Outcome(python, null);
            }
            deleteTree(venv); // a half-made environment from a run that was killed
            life.say("Downloading - " + Requirements.sentence(text, "into a new virtual environment " + venv)
                    + "; later runs with the same file reuse it");
            long pipOutputFrom = Files.size(life.dir().log());
            int venvCode = run(List.of(python3.toString(), "-m", "venv", "--system-site-packages", "--without-pip", venv.toString()));
            if (venvCode != 0) {
                return failed(venv, "could not create a virtual environment for requirements.txt (python3 -m venv exited with "
                        + venvCode + ")", pipOutputFrom);
            }
            if (quietly(List.of(python.toString(), "-c", "import pip")) != 0) {
                // no pip among python3's own packages (a bare system python): give the environment its own
                run(List.of(python.toString(), "-m", "ensurepip", "--default-pip"));
            }
            int pipCode = run(List.of(python.toString(), "-m", "pip", "install", "--disable-pip-version-check", "--no-input",
                    "-r", requirements.toString()));
            if (stop.requested()) {
                deleteTree(venv);
                return new Outcome(null, null);
            }
            if (pipCode != 0) {
                return failed(venv, "pip could not install requirements.txt (exit code " + pipCode + ")", pipOutputFrom);
            }
            Files.writeString(venv.resolve(READY), text);
            return new Outcome(python, null);
        }
    }

    private int run(List<String> cmd) throws IOException, InterruptedException {
        life.say("Downloading - " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        stop.onStop(p::destroy);
        try {
            return p.waitFor();
        } finally {
            stop.onStop(() -> {});
        }
    }

    private static int quietly(List<String> cmd) throws IOException, InterruptedException {
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** pip's own reason (its last {@code ERROR:} line) leads; the environment is removed so the next run tries again. */
    private Outcome failed(Path venv, String what, long from) throws IOException {
        deleteTree(venv);
        String pipSays = LogFile.from(life.dir().log(), from, true).lines().stream()
                .filter(l -> l.startsWith("ERROR:")).reduce((a, b) -> b).orElse(null);
        return new Outcome(null, pipSays == null ? what : pipSays + " (" + what + ")");
    }

    /** The environment's name: the requirements' bytes and the interpreter it is built on. */
    static String key(byte[] requirements, Path python3) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(requirements);
            sha.update((byte) 0);
            sha.update(python3.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
