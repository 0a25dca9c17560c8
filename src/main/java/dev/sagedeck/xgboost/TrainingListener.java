package dev.sagedeck.xgboost;

/** What a training run tells its host: log lines, phase changes (Downloading, Training, Uploading). */
public interface TrainingListener {
    void log(String line);

    void phase(String secondaryStatus);

    /** Each round's metrics as they come (a search judges early stopping on them); nothing by default. */
    default void round(dev.sagedeck.domain.RoundMetricsLine line) {}
}
