package dev.sagedeck.cli;

import dev.sagedeck.app.InertText;
import dev.sagedeck.port.TransferProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for uploads and downloads: redrawn in place with a carriage
 * return, finished with a newline when a transfer completes, so stdout stays clean for JSON.
 */
final class ProgressLine implements TransferProgress {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private String current;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String label, long done, long total) {
        if (!label.equals(current)) {
            current = label;
        }
        err.print('\r' + line(InertText.of(label), done, total));
        if (total >= 0 && done >= total) {
            err.println();
            current = null;
        }
        err.flush();
    }

    static String line(String label, long done, long total) {
        if (total <= 0) {
            return "%s  %s".formatted(label, human(done));
        }
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        return "[%s%s] %3d%%  %s / %s  %s".formatted("#".repeat(filled), ".".repeat(WIDTH - filled),
                done * 100 / total, human(done), human(total), label);
    }

    static String human(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1 << 20) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        if (n < 1L << 30) {
            return String.format(Locale.ROOT, "%.1f MB", n / 1048576.0);
        }
        return String.format(Locale.ROOT, "%.2f GB", n / 1073741824.0);
    }
}
