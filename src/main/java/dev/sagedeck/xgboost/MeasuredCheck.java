package dev.sagedeck.xgboost;

/**
 * One pre-flight check's verdict with the number behind it, e.g. {@code overfit PASS 1.000
 * (train accuracy)}.
 *
 * @param id     stable key for --json and tests: hyperparameters, data, overfit, loss, time, memory, save-reload
 * @param title  what was checked, for people
 * @param value  the number the verdict rests on (NaN when there is none, e.g. a check that could not run)
 * @param unit   what {@code value} counts ("rows", "s", "MB", "accuracy", ...)
 * @param detail one sentence with the numbers and, on WARN/FAIL, what to do
 */
public record MeasuredCheck(String id, String title, Status status, double value, String unit, String detail) {
    /** PASS: fine; WARN: will run but look at it; FAIL: fix before scaling up. */
    public enum Status { PASS, WARN, FAIL }
}
