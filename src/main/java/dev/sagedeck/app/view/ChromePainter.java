package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Text;
import dev.sagedeck.app.ActionTargets;
import dev.sagedeck.app.keys.Binding;
import dev.sagedeck.app.keys.TextField;
import dev.sagedeck.app.keys.Binding.View;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The frame around the panes: header, status line and the key bar built from the key bindings. */
final class ChromePainter {
    private ChromePainter() {}

    static void header(Canvas c, AppState s, Rect r) {
        c.fill(r, ' ', Role.HEADER);
        // the parts in the order they show; when the line is too narrow the least needed go first
        List<String> parts = new ArrayList<>();
        List<String> dropFirst = new ArrayList<>();
        parts.add(Text.APP_NAME + " " + s.session().version());
        parts.add(s.session().backends());
        parts.add("owner: " + (s.session().ownership().known() ? s.session().ownership().owner() : "not set"));
        if (!s.signals().flagged().isEmpty()) {
            parts.add(Text.SIGNAL_COUNT.formatted(s.signals().flagged().size()));
        }
        if (s.session().awsStatus() != null) {
            parts.add(s.session().awsStatus());
        }
        if (s.session().notebook() != null && !s.session().notebook().isEmpty()) {
            parts.add(s.session().notebook());
            dropFirst.add(s.session().notebook());
        }
        if (s.session().readOnly()) {
            parts.add("READ-ONLY");
        }
        String refreshed = s.list().loadedAt() == null ? null : "refreshed " + Formats.duration(Duration.between(s.list().loadedAt(), s.now())) + " ago";
        if (refreshed != null) {
            parts.add(refreshed);
        }
        dropFirst.add(s.session().backends());
        int room = r.width() - 2;
        while (Canvas.widthOf(String.join(" | ", parts)) > room && !dropFirst.isEmpty()) {
            parts.remove(dropFirst.remove(0));
        }
        if (Canvas.widthOf(String.join(" | ", parts)) > room) {
            parts.set(0, Text.APP_NAME); // the version is in --version
        }
        if (Canvas.widthOf(String.join(" | ", parts)) > room && refreshed != null) {
            parts.remove(refreshed); // before the AWS line is cut: the error banner says when a refresh fails
        }
        c.put(r.x() + 1, r.y(), TextFit.words(String.join(" | ", parts), room), Role.HEADER, room);
    }

    static void status(Canvas c, AppState s, Rect r) {
        if (s.view() == View.LIST && s.list().editingFilter()) {
            TextField f = s.list().filterField();
            c.put(r.x() + 1, r.y(), TextFit.words("Filter: " + FieldCursor.shown(f) + "   (Enter applies, Esc clears; status:Failed where:local owner:bob)", r.width() - 2), Role.INPUT, r.width() - 2);
            FieldCursor.draw(c, r.x() + 1 + "Filter: ".length(), r.y(), f, r.x() + r.width() - 1);
            return;
        }
        if (s.view() == View.COMPARE && s.compare().test().editing()) {
            // a long path shows its end, where the typing happens
            TextField f = s.compare().test().promptField();
            String path = TextFit.tail(FieldCursor.shown(f), Math.max(8, r.width() - 14));
            // what the last key said (Tab's matches, a missing file) replaces the hint while typing
            String prompt = s.flash() != null ? dev.sagedeck.app.compare.CompareText.PROMPT_SAID.formatted(path, s.flash())
                    : dev.sagedeck.app.compare.CompareText.PROMPT.formatted(path);
            c.put(r.x() + 1, r.y(), TextFit.words(prompt, r.width() - 2), Role.INPUT, r.width() - 2);
            if (path.equals(FieldCursor.shown(f))) { // a path cut at its start would put the cursor elsewhere
                FieldCursor.draw(c, r.x() + 1 + prompt.indexOf(path), r.y(), f, r.x() + r.width() - 1);
            }
            return;
        }
        if (s.logs() != null && s.logs().editingSearch() && s.view() == View.JOB) {
            TextField f = s.logs().searchField();
            c.put(r.x() + 1, r.y(), TextFit.words("Search: " + FieldCursor.shown(f) + "   (Enter finds, n/N next/previous, Esc clears)", r.width() - 2), Role.INPUT, r.width() - 2);
            FieldCursor.draw(c, r.x() + 1 + "Search: ".length(), r.y(), f, r.x() + r.width() - 1);
            return;
        }
        String banner = dev.sagedeck.app.StatusLine.banner(s);
        if (banner != null) {
            twoLines(c, r, banner, s.list().error() != null ? Role.ERROR : Role.FLASH);
            return;
        }
        if (s.view() == View.LIST && !s.list().filter().isBlank()) {
            c.put(r.x() + 1, r.y(), TextFit.words("Filter: " + s.list().filter() + "  (/ changes it, Esc clears it)", r.width() - 2), Role.DIM, r.width() - 2);
        }
    }

    /**
     * A message that does not fit the status line takes a second row of its own (the layout gives
     * it one, see {@link dev.sagedeck.app.StatusLine#rows}): a refusal or an error is read whole, not cut at the screen's edge.
     */
    private static void twoLines(Canvas c, Rect r, String text, Role role) {
        int width = r.width() - 2;
        // wrapped a cell short of the edge, so a line that breaks between words never looks cut at the border
        List<Line> lines = Canvas.widthOf(text) <= width ? List.of(Line.of(text, role)) : TextFit.wrap(Line.of(text, role), width - 1, 0);
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            String t = lines.get(i).text();
            if (i == 1 && lines.size() > 2) {
                StringBuilder rest = new StringBuilder();
                lines.subList(1, lines.size()).forEach(l -> rest.append(l.text().strip()).append(' '));
                t = TextFit.words(rest.toString().strip(), width);
            }
            Rect row = new Rect(r.x(), r.y() + i, r.width(), 1);
            if (role == Role.ERROR || i == 1) {
                c.fill(row, ' ', role);
            }
            c.put(r.x() + 1, row.y(), t, role, width);
        }
    }

    /** The key bar of the current view ({@link ActionTargets#keyBar}: help, the row's own keys, then the rest); help lists what does not fit. */
    static void keyBar(Canvas c, AppState s, Rect r, View view) {
        c.fill(r, ' ', Role.KEY_LABEL);
        int x = r.x() + 1;
        int end = r.x() + r.width() - 1;
        for (Binding b : ActionTargets.keyBar(s, view)) {
            String key = Formats.key(b.key().code());
            int need = key.length() + 1 + b.label().length() + 2;
            if (x + need > end) {
                continue; // the bar lists keys most needed first; a shorter one further on may still fit
            }
            x += c.put(x, r.y(), key, Role.KEY);
            x += c.put(x, r.y(), " " + b.label() + "  ", Role.KEY_LABEL);
        }
    }
}
