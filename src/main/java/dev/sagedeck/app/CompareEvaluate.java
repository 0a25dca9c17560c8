package dev.sagedeck.app;

import dev.sagedeck.app.compare.CompareText;
import dev.sagedeck.app.compare.TestEvaluation;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code t} in the comparison: ask for a test CSV (prefilled), then one evaluation effect per
 * compared job; their answers fill the comparison's test rows one by one, failures per job.
 */
public final class CompareEvaluate {
    private CompareEvaluate() {}

    /**
     * Opens the path prompt: the last file scored (in this comparison, an earlier one or an earlier
     * session), else the first compared job's local test file.
     */
    public static Next prompt(AppState s) {
        TestEvaluation t = s.compare().test();
        String prefill = t.file() != null ? t.file()
                : s.session().lastTestFile() != null ? s.session().lastTestFile() : firstLocalTestFile(s.compare().jobs(s.list().jobs()));
        // pre-filled like a selected value: typing a new path replaces it, Enter takes it as it is
        return Next.of(s.withCompare(s.compare().withTest(t.withPromptField(dev.sagedeck.app.keys.TextField.prefilled(prefill)))));
    }

    /** A key while the prompt is open: edit the path, Enter starts, Esc cancels. */
    public static Next edit(AppState s, Key key) {
        TestEvaluation t = s.compare().test();
        String p = t.prompt();
        if (key.equals(Key.ENTER)) {
            return p.isBlank() ? Next.of(s.withFlash(CompareText.NEED_FILE)) : start(s, p.strip());
        }
        if (key.equals(Key.ESC)) {
            return Next.of(s.withCompare(s.compare().withTest(t.withPrompt(null))));
        }
        if (key.equals(Key.TAB)) {
            return dev.sagedeck.app.PathCompletionUpdate.request(s, dev.sagedeck.app.PathCompletionUpdate.COMPARE_TEST, p);
        }
        return t.promptField().edit(key).map(f -> Next.of(withPrompt(s, f))).orElse(Next.of(s));
    }

    private static AppState withPrompt(AppState s, dev.sagedeck.app.keys.TextField p) {
        return s.withCompare(s.compare().withTest(s.compare().test().withPromptField(p)));
    }

    /** Every compared job pending on {@code file}, one effect each (an identical one in flight is not asked twice). */
    static Next start(AppState s, String file) {
        List<String> names = s.compare().jobs(s.list().jobs()).stream().map(TrainingJob::name).toList();
        AppState n = s.withCompare(s.compare().withTest(s.compare().test().started(file, names)))
                .withFlash(CompareText.EVALUATING.formatted(names.size(), file));
        List<Effect> effects = new ArrayList<>();
        if (!file.equals(s.session().lastTestFile())) {
            // remembered for the next t, in this session and the next (compare-last.json)
            n = n.withSession(n.session().withLastTestFile(file));
            if (!n.busy(Effect.RememberTestFile.KEY)) {
                effects.add(new Effect.RememberTestFile(file));
                n = n.started(Effect.RememberTestFile.KEY);
            }
        }
        for (String name : names) {
            Effect.Io e = new Effect.EvaluateModel(name, file);
            if (!n.busy(e)) {
                effects.add(e);
                n = n.started(e);
            }
        }
        return new Next(n, effects);
    }

    public static Next evaluated(AppState s, Msg.ModelEvaluated m) {
        AppState n = s.finished(new Effect.EvaluateModel(m.job(), m.testFile()).key());
        return Next.of(withResult(n, m.job(), m.testFile(), TestEvaluation.Result.scored(m.rows(), m.metrics())));
    }

    public static Next failed(AppState s, Msg.EvaluationFailed m) {
        AppState n = s.finished(new Effect.EvaluateModel(m.job(), m.testFile()).key());
        return Next.of(withResult(n, m.job(), m.testFile(), TestEvaluation.Result.failed(m.message())));
    }

    /** The last answer in replaces "evaluating" in the status line by how many models were scored. */
    private static AppState withResult(AppState s, String job, String file, TestEvaluation.Result r) {
        TestEvaluation before = s.compare().test();
        TestEvaluation after = before.withResult(job, file, r);
        AppState n = s.withCompare(s.compare().withTest(after));
        if (before.pending() && !after.pending()) {
            long scored = after.results().values().stream().filter(x -> x.error() == null).count();
            n = n.withFlash(CompareText.DONE.formatted(scored, after.results().size(), file));
        }
        return n;
    }

    /** An S3 URI or the bundled sample cannot be read here as a file: only a plain path is offered. */
    private static String firstLocalTestFile(List<TrainingJob> jobs) {
        if (jobs.isEmpty()) {
            return "";
        }
        return jobs.get(0).channels().stream().filter(c -> c.name().equals("test")).map(Channel::uri)
                .filter(u -> u != null && !u.contains(":/") && !u.startsWith("sample:")).findFirst().orElse("");
    }
}
