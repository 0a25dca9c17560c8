package dev.sagedeck.cli;

import dev.sagedeck.app.InertText;
import dev.sagedeck.app.signals.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code --notify-cmd}: runs the user's command once per signal, the words split once at start
 * ({@link CommandWords}) and started with {@link ProcessBuilder}, never through a shell. The
 * signal travels only in environment variables ({@code SAGEDECK_SIGNAL}, {@code SAGEDECK_JOB},
 * {@code SAGEDECK_TITLE}, {@code SAGEDECK_DETAIL}, {@code SAGEDECK_MESSAGE}, {@code SAGEDECK_BACKEND},
 * {@code SAGEDECK_TIME}), so a job name full of {@code ;$()|} is data, not code. Its output goes
 * to stderr; a failure or a hang (killed after {@link #TIMEOUT_SECONDS} s) is one line there, and
 * watching goes on.
 */
final class NotifyCommand {
    static final int TIMEOUT_SECONDS = 30;

    private final List<String> words;
    private final PrintWriter err;

    NotifyCommand(String line, PrintWriter err) {
        this.words = CommandWords.split(line);
        this.err = err;
    }

    /** The variables a command gets for a signal. */
    static Map<String, String> variables(Signal s) {
        return Map.of("SAGEDECK_SIGNAL", s.kind().word(), "SAGEDECK_JOB", s.job(), "SAGEDECK_TITLE", s.title(),
                "SAGEDECK_DETAIL", s.detail() == null ? "" : s.detail(), "SAGEDECK_MESSAGE", s.line(),
                "SAGEDECK_BACKEND", s.backend() == null ? "" : s.backend().label(), "SAGEDECK_TIME", s.at().toString());
    }

    void run(Signal s) throws InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(words).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().putAll(variables(s));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            err.println("sagedeck: --notify-cmd could not start " + InertText.of(words.get(0)) + ": " + InertText.of(e.getMessage()));
            err.flush();
            return;
        }
        try {
            p.getOutputStream().close(); // nothing to read from us
        } catch (IOException ignored) {
            // it exited already
        }
        Thread copier = new Thread(() -> copy(p.getInputStream()), "notify-cmd-output");
        copier.setDaemon(true);
        copier.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            err.println("sagedeck: --notify-cmd did not finish within " + TIMEOUT_SECONDS + " s; it was stopped");
        } else if (p.exitValue() != 0) {
            copier.join(1000);
            err.println("sagedeck: --notify-cmd exited with " + p.exitValue());
        } else {
            copier.join(1000);
        }
        err.flush();
    }

    private void copy(InputStream in) {
        try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String l : text.lines().toList()) {
                synchronized (err) {
                    err.println(InertText.of(l, Integer.MAX_VALUE));
                }
            }
            err.flush();
        } catch (IOException ignored) {
            // the command closed its output: nothing more to copy
        }
    }
}
