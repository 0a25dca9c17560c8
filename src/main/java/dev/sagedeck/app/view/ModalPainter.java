package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.AppState;
import dev.sagedeck.domain.JobCost;
import dev.sagedeck.app.Modal;
import dev.sagedeck.app.Text;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;

/** Draws the open dialog centred over the screen. */
final class ModalPainter {
    private ModalPainter() {}

    static void paint(Canvas c, AppState s) {
        Modal m = s.modal();
        List<Line> lines = new ArrayList<>();
        String title;
        if (m instanceof Modal.ConfirmStop cs) {
            title = Text.stopTitle(cs.job());
            confirm(lines, cs, s);
        } else if (m instanceof Modal.Message msg) {
            title = msg.title();
            lines.add(Line.of(msg.text(), Role.MODAL));
            lines.add(Line.blank());
            lines.add(Line.of("[ OK ]", Role.BUTTON_FOCUS).plus("  Enter or Esc closes", Role.DIM));
        } else if (m instanceof Modal.Signals l) {
            title = Text.SIGNALS_TITLE;
            List<dev.sagedeck.app.signals.Signal> recent = s.signals().recent();
            for (int i = 0; i < recent.size() && i < 12; i++) {
                dev.sagedeck.app.signals.Signal sig = recent.get(i);
                String when = Formats.duration(java.time.Duration.between(sig.at(), s.now())) + " ago  ";
                Role role = i == l.selected() ? Role.SELECTED : Role.MODAL;
                // wrapped under its own text, after the marker, so every signal reads as one block
                List<Line> rows = TextFit.wrap(Line.of(when + sig.line(), role), maxWidth(c) - 2, 0);
                for (int k = 0; k < rows.size(); k++) {
                    lines.add(Line.of((k > 0 ? "  " : i == l.selected() ? "> " : "  ") + rows.get(k).text(), role));
                }
            }
            lines.add(Line.blank());
            lines.add(Line.of(Text.SIGNALS_KEYS, Role.DIM));
        } else if (m instanceof Modal.AskOwner a) {
            title = Text.OWNER_TITLE;
            lines.add(Line.of(Text.OWNER_QUESTION, Role.MODAL));
            lines.add(Line.blank());
            lines.add(Line.of("Owner: ", Role.MODAL).plus("[" + FieldCursor.shown(a.field()) + "]", Role.INPUT));
            lines.add(Line.blank());
            lines.add(Line.of("[ Save ]", a.skipFocused() ? Role.BUTTON : Role.BUTTON_FOCUS).plus("   ", Role.MODAL)
                    .plus("[ Skip ]", a.skipFocused() ? Role.BUTTON_FOCUS : Role.BUTTON)
                    .plus("   Enter saves it in the config file; Tab switches, Esc skips", Role.DIM));
        } else {
            return;
        }
        draw(c, title, lines);
    }

    private static void confirm(List<Line> lines, Modal.ConfirmStop cs, AppState s) {
        TrainingJob j = cs.job();
        Resources r = j.resources();
        String where = j.backend() == Backend.LOCAL ? "local (this machine)" : "SageMaker"
                + (r == null ? dev.sagedeck.domain.tuning.SearchAsJob.isSearch(j) ? "" : ", ?" : ", " + r.instanceType() + " x " + r.instanceCount());
        lines.add(Line.field("Name", j.name(), Role.MODAL_TITLE));
        String tag = j.tags().get(s.session().ownership().tagKey());
        String owner = s.session().ownership().ownerOf(j);
        lines.add(Line.field("Owner", (owner == null ? Text.OWNER_UNKNOWN : owner)
                + (tag == null ? "" : " (tag " + s.session().ownership().tagKey() + "=" + tag + ")"), Role.MODAL));
        lines.add(Line.field("Where", where, Role.MODAL));
        lines.add(Line.field("Running", Formats.duration(j.timing().elapsed(s.now())) + " (" + j.status().text()
                + (j.secondaryStatus() == null ? "" : ", " + j.secondaryStatus()) + ")", Role.MODAL));
        boolean search = dev.sagedeck.domain.tuning.SearchAsJob.isSearch(j);
        if (search) {
            // the same words as sagedeck stop's question: how many of its training jobs run, what they cost so far
            var listed = s.list().searches().find(j.name()).filter(t -> t.backend() == j.backend());
            Integer running = listed.map(t -> t.counters().inProgress()).orElse(dev.sagedeck.domain.tuning.SearchAsJob.running(j));
            Double cost = listed.map(dev.sagedeck.domain.tuning.TuningJob::costSoFar).orElse(dev.sagedeck.domain.tuning.SearchAsJob.costSoFar(j));
            lines.add(Line.field("Training", dev.sagedeck.app.SearchText.runningChildren(running, cost, j.backend() == Backend.LOCAL), Role.MODAL));
        } else if (j.backend() != Backend.LOCAL) {
            lines.add(Line.field("Cost so far", JobCost.of(j, s.session().price(r == null ? null : r.instanceType()), s.now())
                    .map(cost -> Formats.money(cost.usd())).orElse("price unknown"), Role.MODAL));
        }
        lines.add(Line.blank());
        if (search) {
            lines.add(Line.of(j.backend() == Backend.LOCAL ? dev.sagedeck.app.SearchText.STOP_EXPLAIN_LOCAL
                    : dev.sagedeck.app.SearchText.STOP_EXPLAIN_SAGEMAKER, Role.MODAL));
        } else {
            lines.add(Line.of(j.backend() == Backend.LOCAL ? Text.STOP_EXPLAIN_LOCAL : Text.STOP_EXPLAIN_SAGEMAKER, Role.MODAL));
            lines.add(Line.of(Text.STOP_EXPLAIN_PARTIAL, Role.MODAL));
        }
        lines.add(Line.blank());
        lines.add(Line.of("To stop it, type the name's last 4 characters (" + cs.expected() + "), then Enter: ", Role.MODAL)
                .plus("[" + cs.typed() + "_".repeat(Math.max(0, 4 - cs.typed().length())) + "]", Role.INPUT));
        lines.add(cs.error() == null ? Line.blank() : Line.of(cs.error(), Role.ERROR));
        boolean ready = cs.typed().equals(cs.expected());
        Role stop = cs.cancelFocused() ? (ready ? Role.BUTTON : Role.DIM) : Role.BUTTON_FOCUS;
        lines.add(Line.of("[ Cancel ]", cs.cancelFocused() ? Role.BUTTON_FOCUS : Role.BUTTON).plus("   ", Role.MODAL)
                .plus("[ Stop ]", stop).plus("   Tab switches, Esc cancels", Role.DIM));
    }

    private static int maxWidth(Canvas c) {
        return Math.max(20, Math.min(76, c.width() - 4));
    }

    /** A box sized to its lines (wrapped to at most 76 columns or the screen), centred. */
    static void draw(Canvas c, String title, List<Line> lines) {
        int maxWidth = maxWidth(c);
        List<Line> wrapped = new ArrayList<>();
        for (Line l : lines) {
            wrapped.addAll(l.spans().size() == 1 ? TextFit.wrap(l, maxWidth, 0) : TextFit.wrap(l, maxWidth));
        }
        int w = Math.min(c.width(), Math.max(title.length() + 6, wrapped.stream().mapToInt(l -> l.text().length()).max().orElse(10) + 4));
        int h = Math.min(c.height(), wrapped.size() + 2);
        Rect box = new Rect((c.width() - w) / 2, Math.max(0, (c.height() - h) / 2), w, h);
        c.fill(box, ' ', Role.MODAL);
        c.box(box, title, Role.BORDER_FOCUS, Role.MODAL_TITLE);
        Rect in = box.inner();
        for (int i = 0; i < wrapped.size() && i < in.height(); i++) {
            wrapped.get(i).draw(c, in.x() + 1, in.y() + i, in.width() - 2);
        }
    }
}
