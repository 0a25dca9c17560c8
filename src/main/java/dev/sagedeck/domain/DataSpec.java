package dev.sagedeck.domain;

import java.util.List;

/**
 * The data a run trains on: a training file (local path or {@code s3://} URI), an optional test
 * file for evaluation, the preprocessing preset ({@code titanic} or {@code csv}), the label column
 * and columns to drop. {@code sample} names a bundled sample instead of files.
 */
public record DataSpec(String train, String test, String preset, String label, List<String> drop, String sample) {
    public DataSpec {
        drop = drop == null ? List.of() : List.copyOf(drop);
    }

    /**
     * The long demo: the bundled Titanic sample with a pause after each round, so a run lasts about a
     * minute, long enough to practise following a log and stopping a run.
     */
    public static final String LONG_DEMO = "titanic-long";

    /** The long demo's data and preset are the Titanic sample's. */
    public static DataSpec longDemo() {
        return new DataSpec(null, null, "titanic", null, List.of(), LONG_DEMO);
    }

    /** True for the long demo sample. */
    public boolean longDemoRun() {
        return LONG_DEMO.equals(sample);
    }

    public static DataSpec sample(String name) {
        return new DataSpec(null, null, name, null, List.of(), name);
    }
}
