package dev.sagedeck.cli;

import dev.sagedeck.app.InertText;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.tuning.Ranking;
import dev.sagedeck.domain.tuning.TuningJob;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A search and its configurations ranked by its objective, as text and as JSON (describe, tune --wait). */
final class TuningOutput {
    private TuningOutput() {}

    static Map<String, Object> json(TuningJob t, List<Ranking.Row> ranked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("kind", "tuning");
        m.put("where", t.backend().label());
        m.put("status", t.status().text());
        m.put("owner", t.owner());
        m.put("strategy", t.strategy().apiName());
        m.put("objective", Map.of("metric", t.objective().metric(), "type", t.objective().direction().apiName()));
        m.put("ranges", t.ranges());
        m.put("staticHyperParameters", t.staticHyperParameters());
        m.put("maxJobs", t.limits().maxJobs());
        m.put("maxParallel", t.limits().maxParallel());
        m.put("earlyStopping", t.earlyStopping().apiName());
        TuningJob.Counters c = t.counters();
        m.put("counters", Map.of("completed", c.completed(), "inProgress", c.inProgress(), "failed", c.failed(),
                "stopped", c.stopped(), "stoppedEarly", c.stoppedEarly()));
        m.put("bestJob", t.bestJob());
        m.put("bestValue", t.bestValue());
        m.put("costSoFarUsd", t.costSoFar());
        m.put("note", t.note());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Ranking.Row r : ranked) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.job().name());
            row.put("status", r.job().status().text());
            row.put("objective", r.value());
            row.put("best", r.best());
            row.put("stoppedEarly", r.stoppedEarly());
            row.put("hyperParameters", Ranking.searchedValues(r.job(), rangeNames(t)));
            rows.add(row);
        }
        m.put("configurations", rows);
        return m;
    }

    /** A SageMaker dry run as JSON: the request exactly as it would be sent, the ceiling and the expected wall time. */
    static Map<String, Object> preview(dev.sagedeck.domain.tuning.TuningPreview p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        try {
            m.put("request", new com.fasterxml.jackson.databind.ObjectMapper().readTree(p.requestJson()));
        } catch (java.io.IOException e) {
            m.put("request", p.requestJson());
        }
        m.put("ceilingUsd", p.ceilingUsd());
        m.put("ceilingHow", p.ceilingHow());
        m.put("expectedWallSeconds", p.expectedWallSeconds());
        m.put("expectedWallHow", p.wallHow());
        m.put("uploads", p.uploads());
        m.put("notes", p.notes());
        return m;
    }

    static void previewText(PrintWriter out, dev.sagedeck.domain.tuning.TuningPreview p) {
        out.println("Dry run for the tuning job " + InertText.of(p.name()) + ": nothing is uploaded or created.");
        out.println(p.uploads().isEmpty() ? "No uploads." : "Would upload:");
        p.uploads().forEach(u -> out.println("  " + InertText.of(u)));
        p.notes().forEach(n -> out.println("Note: " + InertText.of(n)));
        out.println("Cost ceiling: " + (p.ceilingUsd() == null ? "unknown" : String.format(java.util.Locale.ROOT, "$%.2f", p.ceilingUsd()))
                + " (" + p.ceilingHow() + ")");
        out.println("Expected wall time: about " + Math.round(p.expectedWallSeconds() / 60.0) + " min (" + p.wallHow() + ")");
        out.println("CreateHyperParameterTuningJob request:");
        out.println(p.requestJson());
        out.flush();
    }

    static void text(PrintWriter out, TuningJob t, List<Ranking.Row> ranked) {
        TuningJob.Counters c = t.counters();
        field(out, "Search", t.name() + " (" + t.backend().label() + ")");
        field(out, "Status", t.status().text());
        field(out, "Owner", t.owner());
        field(out, "Strategy", t.strategy().apiName());
        field(out, "Objective", t.objective().metric() + " (" + t.objective().direction().apiName().toLowerCase(java.util.Locale.ROOT) + ")");
        t.ranges().forEach(r -> field(out, "Searched", r));
        if (!t.staticHyperParameters().isEmpty()) field(out, "Fixed", String.join(" ", t.staticHyperParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        field(out, "Limits", t.limits().maxJobs() + " configurations, " + t.limits().maxParallel() + " at once");
        field(out, "Early stopping", t.earlyStopping().apiName());
        if (t.note() != null) field(out, "Note", t.note());
        field(out, "Progress", "%d of %d: %d completed, %d running, %d stopped early, %d stopped, %d failed".formatted(
                c.total(), t.limits().maxJobs(), c.completed(), c.inProgress(), c.stoppedEarly(), c.stopped(), c.failed()));
        field(out, "Best", t.bestJob() == null ? "none yet" : t.bestJob() + "  " + t.objective().metric() + " " + Formats.metric(t.bestValue()));
        if (t.costSoFar() != null && t.costSoFar() > 0) field(out, "Cost so far", String.format(java.util.Locale.ROOT, "$%.2f", t.costSoFar()));
        if (ranked.isEmpty()) {
            out.flush();
            return;
        }
        List<String> names = rangeNames(t);
        out.println("Configurations, best first (* best):");
        List<List<String>> table = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("  NAME", "STATUS", "OBJECTIVE"));
        names.forEach(n -> head.add(InertText.of(n)));
        table.add(head);
        for (Ranking.Row r : ranked) {
            String status = r.stoppedEarly() != null ? "StoppedEarly" : r.job().status().text();
            List<String> row = new ArrayList<>(List.of((r.best() ? "* " : "  ") + InertText.of(r.job().name()), status,
                    r.value() == null ? "-" : Formats.metric(r.value())));
            Ranking.searchedValues(r.job(), names).values().forEach(v -> row.add(InertText.of(v)));
            table.add(row);
        }
        TextTable.print(out, "  ", table);
        out.flush();
    }

    static List<String> rangeNames(TuningJob t) {
        return dev.sagedeck.domain.tuning.RangeSyntax.described(t.ranges()).stream()
                .map(dev.sagedeck.domain.tuning.ParameterRange::name).toList();
    }

    private static void field(PrintWriter out, String label, Object value) {
        if (value != null) out.printf("%-17s %s%n", label + ":", InertText.of(String.valueOf(value)));
    }
}
