package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.AppState;
import dev.sagedeck.domain.JobCost;
import dev.sagedeck.app.MetricSeries;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The job view's first line, what a user checks before reading further: status and how long,
 * test accuracy when a run scored one, the headline metric (last, and best when it differs), and
 * the cost so far. When the line is too narrow, parts take their short form, then the least needed
 * go, so it never wraps and never cuts a word.
 */
final class JobSummary {
    static final String SEPARATOR = " | ";

    private JobSummary() {}

    /** A part of the line: its full and short text; a higher {@code shorten} takes its short form sooner, a higher {@code drop} goes sooner. */
    private record Part(String full, String brief, Role role, int shorten, int drop) {}

    static Line of(TrainingJob j, AppState s, int width) {
        List<Part> parts = parts(j, s);
        List<String> texts = new ArrayList<>(parts.stream().map(Part::full).toList());
        // first the short forms (the best metric value is shortened last: it is what the line is for), then whole parts
        List<Part> byShorten = new ArrayList<>(parts);
        byShorten.sort(java.util.Comparator.comparingInt(Part::shorten).reversed());
        for (Part p : byShorten) {
            if (!tooWide(texts, width)) {
                break;
            }
            texts.set(parts.indexOf(p), p.brief());
        }
        List<Part> kept = new ArrayList<>(parts);
        while (tooWide(texts, width) && kept.size() > 1) {
            Part drop = kept.stream().max(java.util.Comparator.comparingInt(Part::drop)).orElseThrow();
            texts.remove(kept.indexOf(drop));
            kept.remove(drop);
        }
        Line line = Line.of("", Role.NORMAL);
        for (int i = 0; i < kept.size(); i++) {
            String text = i == 0 ? TextFit.words(texts.get(i), width) : texts.get(i);
            line = (i == 0 ? line : line.plus(SEPARATOR, Role.DIM)).plus(text, kept.get(i).role());
        }
        return line;
    }

    private static boolean tooWide(List<String> texts, int width) {
        return Canvas.widthOf(String.join(SEPARATOR, texts)) > width;
    }

    private static List<Part> parts(TrainingJob j, AppState s) {
        List<Part> parts = new ArrayList<>();
        String status = Formats.status(j.status());
        String phase = j.status().isActive() && j.secondaryStatus() != null && !j.secondaryStatus().equals(j.status().text())
                ? " (" + j.secondaryStatus() + ")" : "";
        String took = Formats.duration(j.timing().elapsed(s.now()));
        String how = j.status().isFinal() ? " after " : " for ";
        parts.add(new Part(status + phase + how + took, status + " " + took, Role.of(j.status()), 1, 0));
        JobResults.testAccuracy(j).ifPresent(a -> parts.add(new Part("test accuracy " + Formats.metric(a),
                "test acc " + Formats.metric(a), Role.NORMAL, 2, 1)));
        MetricSeries series = s.list().series().getOrDefault(j.name(), MetricSeries.EMPTY);
        JobResults.headline(j, series).ifPresent(h -> {
            String last = h.shortName() + " " + Formats.metric(h.last());
            String best = h.best().filter(b -> !Formats.metric(b).equals(Formats.metric(h.last())))
                    .map(b -> " (best " + Formats.metric(b) + ")").orElse("");
            parts.add(new Part(last + best, last, Role.NORMAL, 0, 2));
        });
        parts.add(cost(j, s));
        return parts;
    }

    private static Part cost(TrainingJob j, AppState s) {
        if (j.backend() == Backend.LOCAL) {
            return new Part("free (this machine)", "free", Role.DIM, 3, 3);
        }
        Optional<Price> price = s.session().price(j.resources() == null ? null : j.resources().instanceType());
        String brief = price.isEmpty() ? "cost ?" : JobCost.of(j, price, s.now()).map(c -> Formats.money(c.usd())).orElse("no cost yet");
        return new Part("cost: " + DetailLines.costText(j, price, s.now()), brief, price.isEmpty() ? Role.DIM : Role.NORMAL, 3, 3);
    }
}
