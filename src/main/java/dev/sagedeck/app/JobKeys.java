package dev.sagedeck.app;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.domain.TrainingJob;
import java.util.Optional;
import java.util.OptionalInt;

/** What the job view does with each action, for the detail half and the log half. */
final class JobKeys {
    private JobKeys() {}

    static Next detail(AppState s, Action action) {
        JobPane p = s.job();
        OptionalInt scrolled = Scroll.after(action, p.scroll());
        if (scrolled.isPresent()) {
            return Next.of(s.withJob(p.withScroll(scrolled.getAsInt())));
        }
        switch (action) {
            case NEXT_PANE:
                return Next.of(s.withJob(p.withFocus(JobPane.Focus.LOGS)));
            case RAW_JSON:
                return Next.of(s.withJob(p.withRaw(!p.raw())));
            default:
                return common(s, action);
        }
    }

    static Next logs(AppState s, Action action) {
        switch (action) {
            case UP:
                return Next.of(LogUpdate.scroll(s, -1));
            case DOWN:
                return Next.of(LogUpdate.scroll(s, 1));
            case PAGE_UP:
                return Next.of(LogUpdate.scroll(s, -pageOfLogs(s)));
            case PAGE_DOWN:
                return Next.of(LogUpdate.scroll(s, pageOfLogs(s)));
            case TOP:
                return Next.of(LogUpdate.top(s));
            case BOTTOM:
            case LOGS_FOLLOW:
                return Next.of(LogUpdate.follow(s));
            case NEXT_PANE:
                return Next.of(s.withJob(s.job().withFocus(JobPane.Focus.DETAIL)));
            case LOGS_SEARCH:
                return Next.of(s.withLogs(s.logs().withSearch("", true, -1)));
            case LOGS_NEXT_MATCH:
                return Next.of(LogUpdate.findNext(s, true));
            case LOGS_PREV_MATCH:
                return Next.of(LogUpdate.findNext(s, false));
            case LOGS_WRAP:
                LogPane w = s.logs();
                return Next.of(s.withLogs(w.withDisplay(!w.wrap(), w.timestamps(), w.source())));
            case LOGS_TIMESTAMPS:
                LogPane t = s.logs();
                return Next.of(s.withLogs(t.withDisplay(t.wrap(), !t.timestamps(), t.source())));
            case LOGS_SOURCE:
                return Next.of(LogUpdate.nextSource(s));
            case LOGS_SAVE:
                return save(s);
            case RAW_JSON:
                // the raw description is drawn in the details pane: y from the log shows it there
                return Next.of(s.withJob(s.job().withFocus(JobPane.Focus.DETAIL).withRaw(true)));
            default:
                return common(s, action);
        }
    }

    private static Next common(AppState s, Action action) {
        Optional<TrainingJob> job = Optional.ofNullable(s.job().job());
        switch (action) {
            case STOP:
                return StopUpdate.request(s, job);
            case COPY_NAME:
                return ListKeys.copy(s, job);
            case CLONE:
                return WizardOpen.cloneOf(s, job);
            case PROMOTE:
                return WizardOpen.promote(s, job);
            case OPEN_TUNING:
                return TuningUpdate.ofJob(s, s.job().job());
            default:
                return Next.of(s);
        }
    }

    private static int pageOfLogs(AppState s) {
        return Layout.of(s).logRows();
    }

    private static Next save(AppState s) {
        // the buffer is immutable, so the runtime can format and write it off the UI thread
        return Next.of(s.withFlash(Text.SAVING_LOG), new Effect.SaveLog(s.logs().job(), s.logs().buffer()));
    }
}
