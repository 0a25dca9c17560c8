package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TransferProgress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jobs --tuning}: my searches, local and SageMaker, one row each. */
final class TuningList {
    private TuningList() {}

    static int print(Wiring wiring, GlobalOptions g, JobScope scope, boolean json, CommandSpec spec) {
        List<TuningJob> all = new ArrayList<>();
        int code = ExitCodes.OK;
        try {
            all.addAll(wiring.localSearches(g).list(scope));
            var sageMaker = wiring.sageMakerTuning(g, TransferProgress.NONE);
            if (sageMaker.isPresent()) all.addAll(sageMaker.get().list(scope));
        } catch (BackendException e) {
            return CliOutput.error(spec, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            all.forEach(t -> rows.add(TuningOutput.json(t, List.of())));
            CliOutput.json(out, rows);
            return code;
        }
        if (all.isEmpty()) {
            spec.commandLine().getErr().println("No tuning jobs yet. Start a search here: sagedeck tune --local --sample titanic --range max_depth=3:9");
            return code;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("NAME", "WHERE", "STATUS", "STRATEGY", "OBJECTIVE", "PROGRESS", "BEST", "COST"));
        for (TuningJob t : all) {
            TuningJob.Counters c = t.counters();
            String progress = "%d/%d done, %d running".formatted(c.completed() + c.stoppedEarly() + c.stopped() + c.failed(),
                    t.limits().maxJobs(), c.inProgress());
            table.add(List.of(InertText.of(t.name()), t.backend().label(), t.status().text(), t.strategy().apiName(),
                    InertText.of(t.objective().metric()) + (t.objective().direction() == dev.sagedeck.domain.tuning.Objective.Direction.MAXIMIZE ? " max" : " min"),
                    progress, t.bestValue() == null ? "-" : Formats.metric(t.bestValue()),
                    t.costSoFar() == null ? "-" : String.format(Locale.ROOT, "$%.2f", t.costSoFar())));
        }
        TextTable.print(out, "", table);
        out.flush();
        return code;
    }
}
