package dev.sagedeck.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reading CSV files into model-ready {@link Dataset}s: {@link #learn} on a training file (the
 * preprocessing is learned there and only there), {@link #apply} on any later file with the saved
 * preprocessing, {@link #readBuiltIn} for SageMaker built-in layout (label first, no header).
 */
public final class DataLoading {
    private DataLoading() {}

    /**
     * The training file's data and what preprocessing learned from it.
     *
     * @param missingByColumn missing values of every column in the file (dropped ones too)
     * @param fileColumns     how many columns the file has
     * @param warnings        what loaded without an error but is probably not what was meant (a log and {@code check} say it)
     */
    public record Learned(Preprocessing preprocessing, Dataset data, Map<String, Long> missingByColumn, int fileColumns,
            List<DataWarning> warnings) {
        public Learned {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Learns preprocessing from {@code file} and applies it.
     *
     * @param preset    {@code titanic} or {@code csv}; null means titanic without a label, csv with one
     * @param label     the label column (csv preset; titanic's is Survived)
     * @param drop      columns to leave out
     * @param objective the XGBoost objective when the user gave one (decides binary/multi/regression), else null
     * @throws IllegalArgumentException (or {@link CsvFormatException}) naming the file and what is wrong
     */
    public static Learned learn(Path file, String preset, String label, List<String> drop, String objective) {
        Presets.Spec spec = new Presets.Spec(preset, label, drop, objective);
        String source = file.getFileName().toString();
        RawTable table = RawTable.read(file, false, header -> spec.plan(header, source));
        if (table.rows == 0) throw new IllegalArgumentException(source + " has a header but no data rows");
        Preprocessing preprocessing = spec.learn(table);
        Map<String, Long> missing = table.missingByColumn();
        return new Learned(preprocessing, FeatureBuilder.build(preprocessing, table, true), missing, table.header.size(),
                table.typingWarnings(preprocessing.label()));
    }

    /** Reads {@code file} with a saved preprocessing; {@code withLabel} requires and reads the label column. */
    public static Dataset apply(Path file, Preprocessing preprocessing, boolean withLabel) {
        boolean headerless = "builtin".equals(preprocessing.preset());
        String source = file.getFileName().toString();
        RawTable table = RawTable.read(file, headerless, header -> FeatureBuilder.plan(preprocessing, header, source, withLabel));
        if (table.rows == 0) throw new IllegalArgumentException(source + " has no data rows");
        return FeatureBuilder.build(preprocessing, table, withLabel);
    }

    /**
     * Checks only the header of {@code file} against a preprocessing (fast: reads one line), so a
     * run can reject a bad test file before spending time on training.
     */
    public static void checkHeader(Path file, Preprocessing preprocessing, boolean withLabel) {
        if ("builtin".equals(preprocessing.preset())) return;
        try (CsvReader reader = CsvReader.open(file)) {
            FeatureBuilder.plan(preprocessing, reader.header(), reader.source(), withLabel);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a CSV as SageMaker's built-in XGBoost does: no header, the label in the first column,
     * numeric features after it ({@code featureCount} of them; pass -1 to take the file's width).
     * Class labels are expected as 0, 1, ... ({@code numClasses} of them).
     */
    public static Dataset readBuiltIn(Path file, Task task, int numClasses, int featureCount) {
        String source = file.getFileName().toString();
        int[] width = new int[1];
        RawTable table = RawTable.read(file, true, header -> {
            width[0] = header.size();
            if (featureCount >= 0 && header.size() != featureCount + 1) {
                throw new IllegalArgumentException(source + " has " + header.size() + " columns; the model expects the label plus "
                        + featureCount + " features (" + (featureCount + 1) + " columns, label first, no header)");
            }
            return FeatureBuilder.plan(Preprocessing.builtIn(header.size() - 1, task, numClasses), header, source, true);
        });
        if (table.rows == 0) throw new IllegalArgumentException(source + " has no data rows");
        return FeatureBuilder.build(Preprocessing.builtIn(width[0] - 1, task, numClasses), table, true);
    }
}
