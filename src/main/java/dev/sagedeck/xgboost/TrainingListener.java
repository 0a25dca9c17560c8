package dev.sagedeck.xgboost;

/** What a training run tells its host: log lines, phase changes (Downloading, Training, Uploading). */
public interface TrainingListener {
    void log(String line);

    void phase(String secondaryStatus);
}
