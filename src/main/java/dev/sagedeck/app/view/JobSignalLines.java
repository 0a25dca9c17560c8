package dev.sagedeck.app.view;

import dev.sagedeck.app.signals.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * The job view's answer to "why is this job flagged": its signals that are not an end (stalled,
 * log silent, runtime, cost), newest first, each with its reason ("Downloading for 14 min; your
 * last 9 comparable jobs took 1-3 min"). The end of a job is its status already.
 */
final class JobSignalLines {
    private JobSignalLines() {}

    static List<Line> of(String job, List<Signal> recent, int width) {
        List<Line> out = new ArrayList<>();
        for (Signal s : recent) {
            if (!s.job().equals(job) || s.kind().ended()) {
                continue;
            }
            String text = "! " + s.title() + (s.detail() == null || s.detail().isEmpty() ? "" : ": " + s.detail());
            out.addAll(TextFit.wrap(Line.of(text, Role.WARN), Math.max(10, width), 2));
        }
        return out;
    }
}
