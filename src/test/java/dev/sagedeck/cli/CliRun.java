package dev.sagedeck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.Wiring;
import dev.sagedeck.local.LocalTrainingJobs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs sagedeck commands in this JVM against a state directory of their own, capturing output and exit code. */
public final class CliRun {
    /** What a command printed and returned. */
    public record Result(int code, String out, String err) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();

    CliRun(Path home) {
        env.put("SAGEDECK_HOME", home.toString());
        env.put("SAGEDECK_OWNER", "alice");
        env.put(LocalTrainingJobs.STOP_GRACE_ENV, "30");
    }

    CliRun with(String key, String value) {
        env.put(key, value);
        return this;
    }

    Wiring wiring() {
        return new Wiring(env);
    }

    Result run(String... args) {
        return run(SagedeckCommand.commandLine(wiring()), args);
    }

    /** Runs one command with exactly this environment (AWS tests bring their own endpoint and credentials). */
    public static Result run(Map<String, String> env, String... args) {
        return run(SagedeckCommand.commandLine(new Wiring(env)), args);
    }

    static Result run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The jobs backend the commands use, for waiting on a job's state. */
    LocalTrainingJobs localJobs() {
        return (LocalTrainingJobs) wiring().backends(null).get(dev.sagedeck.domain.Backend.LOCAL).orElseThrow();
    }
}
