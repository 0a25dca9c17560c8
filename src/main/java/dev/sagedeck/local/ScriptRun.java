package dev.sagedeck.local;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Script mode inside the job process: runs {@code python3 <entry point> --key value ...} (no shell)
 * in {@code code/}, with the SM_* variables this process got, its output going to the job's log.
 * The exit code decides Completed or Failed; a stop passes SIGTERM on to the script.
 */
final class ScriptRun {
    static final String PYTHON = "python3";

    private final Lifecycle life;
    private final StopSignal stop;

    ScriptRun(Lifecycle life, StopSignal stop) {
        this.life = life;
        this.stop = stop;
    }

    /** Runs the entry point with {@code python} ({@code python3} from PATH, or a requirements environment's). */
    void run(JobRecord r, String python) throws IOException, InterruptedException {
        JobDir dir = life.dir();
        List<String> cmd = new ArrayList<>();
        cmd.add(python);
        cmd.add(r.launch.entryPoint());
        cmd.addAll(ScriptArguments.of(r.hyperParameters));
        life.phase("Training", "Running " + String.join(" ", cmd));
        long scriptOutputFrom = Files.size(dir.log());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.code().toFile()).inheritIO();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            life.failed("cannot run %s: %s (script mode needs Python 3 on PATH)".formatted(PYTHON, e.getMessage()));
            return;
        }
        ProcessIdentity worker = ProcessIdentity.of(p.toHandle());
        life.update(rec -> {
            rec.workerPid = worker.pid();
            rec.workerStart = worker.start();
        });
        stop.onStop(p::destroy); // SIGTERM, like SageMaker's stop; the watchdog escalates after the grace
        int code = p.waitFor();
        life.update(rec -> rec.exitCode = code);
        if (stop.requested()) {
            life.stopped("stopped; the script exited with code %d%s".formatted(code, modelNote(dir)));
        } else if (code == 0) {
            life.phase("Uploading", "The script finished; model files are in " + dir.model());
            life.update(rec -> rec.modelLocation = dir.model().toString());
            life.completed("Training job completed");
        } else {
            life.failed(reason(dir, scriptOutputFrom, code));
        }
    }

    private static String modelNote(JobDir dir) {
        try (var files = Files.list(dir.model())) {
            return files.findAny().isPresent() ? "; model files are in " + dir.model() : "; it saved no model";
        } catch (IOException e) {
            return "";
        }
    }

    /** output/failure if the script wrote one, else the traceback's last line, else the exit code and last line. */
    static String reason(JobDir dir, long scriptOutputFrom, int code) throws IOException {
        var written = FailureFile.read(dir);
        if (written.isPresent()) {
            return written.get();
        }
        var found = FailureReasons.fromLog(dir.log(), scriptOutputFrom);
        if (found.isPresent() && found.get().traceback()) {
            return MissingModule.explain(found.get().line()).orElse(found.get().line());
        }
        return found.map(f -> "the script exited with code %d; its last line: %s".formatted(code, f.line()))
                .orElse("the script exited with code %d and printed nothing".formatted(code));
    }
}
