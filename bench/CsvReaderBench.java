import dev.sagedeck.data.CsvReader;
import dev.sagedeck.data.DataLoading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * CSV reader throughput: {@code java -cp dist/sagedeck.jar bench/CsvReaderBench.java FILE [REPEATS]}.
 *
 * <p>Two measurements per repeat, best of REPEATS (default 5) reported: "scan" reads every record and
 * classifies every field (number / text / missing, numbers parsed); "load" is the whole data path a
 * training run takes: the {@code titanic} preset when the file has Titanic's columns, else the
 * {@code csv} preset with the first column as label, learning from the file into columnar floats. MB/s is file bytes / wall time (1 MB = 10^6 bytes).
 */
public class CsvReaderBench {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp dist/sagedeck.jar bench/CsvReaderBench.java FILE [REPEATS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double megabytes = Files.size(file) / 1e6;
        double bestScan = Double.MAX_VALUE;
        double bestLoad = Double.MAX_VALUE;
        long rows = 0;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            rows = scan(file);
            bestScan = Math.min(bestScan, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            load(file);
            bestLoad = Math.min(bestLoad, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "file: %s (%.1f MB, %d rows)%n", file, megabytes, rows);
        System.out.printf(Locale.ROOT, "scan: %.3f s  %.1f MB/s  (best of %d)%n", bestScan, megabytes / bestScan, repeats);
        System.out.printf(Locale.ROOT, "load: %.3f s  %.1f MB/s  (best of %d)%n", bestLoad, megabytes / bestLoad, repeats);
    }

    private static long scan(Path file) throws Exception {
        long rows = 0;
        long numbers = 0;
        try (CsvReader reader = CsvReader.open(file)) {
            int width = reader.header().size();
            while (reader.next()) {
                rows++;
                for (int i = 0; i < width; i++) {
                    if (reader.kind(i) == CsvReader.FieldKind.NUMBER) numbers++;
                }
            }
        }
        if (numbers < 0) System.out.println(numbers); // keeps the JIT from dropping the loop
        return rows;
    }

    private static void load(Path file) throws Exception {
        List<String> header;
        try (CsvReader reader = CsvReader.open(file)) {
            header = reader.header();
        }
        if (header.containsAll(List.of("Survived", "Sex", "Age", "Embarked"))) {
            DataLoading.learn(file, "titanic", null, List.of(), null);
        } else {
            DataLoading.learn(file, "csv", header.get(0), List.of(), null);
        }
    }
}
