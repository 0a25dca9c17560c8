package dev.sagedeck.xgboost;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A child JVM for {@link NativeOutputTest}: trains with a parameter that makes XGBoost's native code warn. */
public final class TrainInChildProcess {
    private TrainInChildProcess() {}

    public static void main(String[] args) {
        TrainingRequest request = new TrainingRequest(Path.of(args[0]), null, "titanic", null, List.of(),
                Map.of("num_round", "3", "device", "cuda"), Path.of(args[1]), null);
        TrainingResult result = LocalTraining.run(request, new TrainingListener() {
            @Override
            public void log(String line) {
                System.out.println(line);
            }

            @Override
            public void phase(String secondaryStatus) {
                System.out.println("phase " + secondaryStatus);
            }
        }, () -> false);
        System.out.println("rounds " + result.roundsTrained());
    }
}
