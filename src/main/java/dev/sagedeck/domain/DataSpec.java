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

    public static DataSpec sample(String name) {
        return new DataSpec(null, null, name, null, List.of(), name);
    }
}
