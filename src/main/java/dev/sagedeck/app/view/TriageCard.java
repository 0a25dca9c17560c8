package dev.sagedeck.app.view;

import dev.sagedeck.app.LogPane;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a failed job opens on: the failure reason, a hint for common causes, and the last lines of
 * each instance's log with the first error or traceback line highlighted.
 */
public final class TriageCard {
    private static final Pattern ERROR_LINE = Pattern.compile("(?i)(traceback|error|exception|fatal)");
    private static final int LAST_LINES = 5;

    private TriageCard() {}

    public static List<Line> of(TrainingJob j, LogPane logs) {
        List<Line> out = new ArrayList<>();
        if (!JobStatus.FAILED.equals(j.status())) {
            return out;
        }
        out.add(Line.of("Why it failed", Role.FAILED));
        out.add(Line.of("  " + (j.failureReason() == null ? "(no failure reason given)" : j.failureReason()), Role.FAILED));
        String hint = hint(j);
        if (hint != null) {
            out.add(Line.of("  Hint: " + hint, Role.WARN));
        }
        int firstError = firstError(logs);
        if (firstError >= 0) {
            LogLine l = logs.buffer().get(firstError);
            out.add(Line.of("  First error" + (l.source() == null ? "" : " [" + l.source() + "]") + ": ", Role.DIM)
                    .plus(l.text(), Role.CURRENT_MATCH));
        }
        for (Map.Entry<String, List<LogLine>> e : lastLinesBySource(logs).entrySet()) {
            out.add(Line.of("  Last lines of " + e.getKey() + ":", Role.DIM));
            for (LogLine l : e.getValue()) {
                out.add(Line.of("    " + l.text(), Role.NORMAL));
            }
        }
        out.add(Line.blank());
        return out;
    }

    /** Hints for the failures users hit most: capacity, S3 access, max runtime, bad data format. */
    static String hint(TrainingJob j) {
        String r = j.failureReason() == null ? "" : j.failureReason().toLowerCase(Locale.ROOT);
        if (r.contains("capacity")) {
            return "no capacity for " + (j.resources() == null ? "this instance type" : j.resources().instanceType())
                    + " right now: try another instance type or region, or later.";
        }
        if (r.contains("accessdenied") || r.contains("access denied") || r.contains("403")) {
            String uri = j.channels().isEmpty() ? "the input S3 URI" : j.channels().get(0).uri();
            return "the role " + (j.roleArn() == null ? "" : j.roleArn() + " ") + "cannot read " + uri + "; grant it s3:GetObject/ListBucket.";
        }
        if (r.contains("maxruntime") || r.contains("max runtime") || "MaxRuntimeExceeded".equals(j.secondaryStatus())) {
            return "the job reached its max runtime; raise --max-runtime or train on less data.";
        }
        if (r.contains("libsvm") || r.contains("blankspace and colon")) {
            return "the built-in XGBoost read CSV as libsvm: set the channel content type to text/csv (label first, no header).";
        }
        if (r.contains("no s3 objects found")) {
            return "the input S3 prefix is empty or misspelled.";
        }
        return null;
    }

    private static int firstError(LogPane logs) {
        for (int i = 0; i < logs.buffer().size(); i++) {
            if (ERROR_LINE.matcher(logs.buffer().text(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, List<LogLine>> lastLinesBySource(LogPane logs) {
        Map<String, List<LogLine>> out = new LinkedHashMap<>();
        for (int i = logs.buffer().size() - 1; i >= 0 && i >= logs.buffer().size() - 5000; i--) {
            LogLine l = logs.buffer().get(i);
            String src = l.source() == null ? "log" : l.source();
            List<LogLine> lines = out.computeIfAbsent(src, k -> new ArrayList<>());
            if (lines.size() < LAST_LINES) {
                lines.add(0, l);
            }
        }
        return out;
    }
}
