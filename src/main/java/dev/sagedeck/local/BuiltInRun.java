package dev.sagedeck.local;

import dev.sagedeck.data.Samples;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.xgboost.LocalTraining;
import dev.sagedeck.xgboost.TrainingRequest;
import dev.sagedeck.xgboost.TrainingResult;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.TreeMap;

/**
 * The built-in XGBoost algorithm inside the job process: {@link LocalTraining} on the data in the
 * channel directories, writing into {@code model/} and {@code output/data/}, checking the stop flag
 * between rounds. A stopped run keeps the model it saved so far.
 */
final class BuiltInRun {
    private final Lifecycle life;
    private final StopSignal stop;
    private final PrintStream log;

    BuiltInRun(Lifecycle life, StopSignal stop, PrintStream log) {
        this.life = life;
        this.stop = stop;
        this.log = log;
    }

    void run(JobRecord r) {
        JobDir dir = life.dir();
        JobRecord.Launch l = r.launch;
        TrainingRequest request = new TrainingRequest(r.channel("train"), r.channel("test"),
                l.preset(), l.label(), l.drop(), r.hyperParameters, dir.model(), dir.outputData());
        life.phase("Training", "Training in progress (built-in XGBoost).");
        boolean demo = DataSpec.LONG_DEMO.equals(l.sample());
        if (demo) {
            log.printf("Long demo: each round pauses %.1f s so this run lasts about a minute; press S in the dashboard"
                    + " (or run sagedeck stop) to practise stopping. The model is the sample's, as without the pause.%n",
                    Samples.LONG_DEMO_ROUND_PAUSE.toMillis() / 1000.0);
        }
        // bad input (data, label, hyperparameters) throws IllegalArgumentException: JobProcess says its message
        TrainingResult result = LocalTraining.run(request, new RunListener(life, log), demo ? this::pausedStopCheck : stop::requested);
        record(life, result);
        if (result.stopped() || stop.requested()) {
            life.stopped("stopped after round %d; %s".formatted(result.roundsTrained(),
                    result.modelFile() != null ? "model so far saved to " + result.modelFile() : "no model saved"));
            return;
        }
        life.phase("Uploading", Lifecycle.usualMessage("Uploading"));
        life.say("Model saved to " + result.modelFile());
        life.completed("Training job completed");
    }

    /** What a run produced, into its record: rounds, times, metrics and where the model is. */
    static void record(Lifecycle life, TrainingResult result) {
        life.update(rec -> {
            rec.roundsTrained = result.roundsTrained();
            rec.trainingSeconds = result.trainingSeconds();
            rec.finalMetrics = new TreeMap<>(nullSafe(result.finalMetrics()));
            rec.testMetrics = new TreeMap<>(nullSafe(result.testMetrics()));
            if (result.modelFile() != null && Files.exists(result.modelFile())) {
                rec.modelLocation = result.modelFile().toAbsolutePath().toString();
            }
        });
    }

    /** The long demo's pace: asked before every round, it waits the pause first, waking early for a stop. */
    private boolean pausedStopCheck() {
        long end = System.nanoTime() + Samples.LONG_DEMO_ROUND_PAUSE.toNanos();
        try {
            while (!stop.requested() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stop.requested();
    }

    private static <K, V> java.util.Map<K, V> nullSafe(java.util.Map<K, V> m) {
        return m == null ? java.util.Map.of() : m;
    }
}
