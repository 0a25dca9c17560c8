package dev.sagedeck.app;

import java.time.Instant;

/**
 * Descriptions of I/O the reducer wants done. An {@link Io} effect runs on an executor and carries
 * its own in-flight key and the message its failure becomes; a {@link Terminal} effect is written
 * to the terminal by the UI thread. Dispatch is a visitor with one method per effect, so a new
 * effect does not compile until the runner handles it.
 *
 * <p>The records live in one file per family ({@link JobEffects}, {@link StopEffects},
 * {@link LaunchEffects}, {@link CompareEffects}, {@link FileEffects}, {@link TerminalEffects},
 * {@link TuningViewEffects}, {@link TuneEffects}).
 * Effect extends each family only to inherit its member types, so every effect is still named
 * {@code Effect.ListJobs}; the families are sealed to Effect and hold nothing else. A new effect is
 * a record in its family plus its line in {@link Io}'s {@code permits} (a record missing there does
 * not compile) and in {@link Handler} (then {@code EffectRunner} does not compile until it is done).
 */
public sealed interface Effect extends JobEffects, StopEffects, LaunchEffects, CompareEffects, FileEffects,
        TerminalEffects, TuningViewEffects, TuneEffects {
    /** Marks in-flight work that is not an effect of its own: a change that came while {@code key} was running. */
    static String again(String key) {
        return "again:" + key;
    }

    /** I/O on an executor: its result, or its failure, comes back as a {@link Msg}. */
    sealed interface Io extends Effect
            permits JobEffects.LookupEnvironment, JobEffects.ListJobs, JobEffects.ListLocalJobs,
                    JobEffects.ListSearches, JobEffects.ListSearchChildren,
                    JobEffects.DescribeJob, JobEffects.ReadLogs, StopEffects.StopJob,
                    StopEffects.RecordStopAttempt, LaunchEffects.Launch, LaunchEffects.LaunchExperiment, LaunchEffects.PlanLaunch,
                    LaunchEffects.LoadFrameworks,
                    LaunchEffects.SaveWizardValues, LaunchEffects.ListObjects, CompareEffects.ExportComparison,
                    CompareEffects.EvaluateModel, CompareEffects.CompletePath, FileEffects.SaveLog,
                    FileEffects.SaveOwner, FileEffects.LoadSignals, FileEffects.RecordPhases,
                    CompareEffects.RememberTestFile, FileEffects.ListDirectory,
                    TuningViewEffects.LoadTuning, TuneEffects.PlanTuning, TuneEffects.LaunchTuning, TuneEffects.ReadSearch {
        /** Names in-flight work: a second request with the same key is dropped rather than queued. */
        String key();

        /** The message this effect becomes when it fails at {@code at} with {@code message} (Elm's {@code expect}). */
        Msg failed(String message, Instant at);

        <R> R accept(Handler<R> h);
    }

    /** Written to the terminal by the UI thread, which owns it (OSC 52, bell, OSC 9/777); nothing comes back. */
    sealed interface Terminal extends Effect permits TerminalEffects.CopyToClipboard, TerminalEffects.Alert {
        void accept(TerminalHandler h);
    }

    /** Performs every {@link Io} effect: one method each, so the compiler finds the one not handled. */
    interface Handler<R> {
        R lookupEnvironment(LookupEnvironment e);
        R listJobs(ListJobs e);
        R listLocalJobs(ListLocalJobs e);
        R listSearches(ListSearches e);
        R listSearchChildren(ListSearchChildren e);
        R describeJob(DescribeJob e);
        R readLogs(ReadLogs e);
        R stopJob(StopJob e);
        R recordStopAttempt(RecordStopAttempt e);
        R saveLog(SaveLog e);
        R launch(Launch e);
        R launchExperiment(LaunchExperiment e);
        R saveOwner(SaveOwner e);
        R planLaunch(PlanLaunch e);
        R loadFrameworks(LoadFrameworks e);
        R saveWizardValues(SaveWizardValues e);
        R exportComparison(ExportComparison e);
        R listObjects(ListObjects e);
        R evaluateModel(EvaluateModel e);
        R completePath(CompletePath e);
        R loadSignals(LoadSignals e);
        R recordPhases(RecordPhases e);
        R rememberTestFile(RememberTestFile e);
        R listDirectory(ListDirectory e);
        R loadTuning(LoadTuning e);
        R planTuning(PlanTuning e);
        R launchTuning(LaunchTuning e);
        R readSearch(ReadSearch e);
    }

    /** Writes every {@link Terminal} effect. */
    interface TerminalHandler {
        void copyToClipboard(CopyToClipboard e);
        void alert(Alert e);
    }
}
