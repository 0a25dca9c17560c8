package dev.sagedeck.data;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The titanic preset's load of a CSV file sequentially versus in chunks on all cores, A/B in one JVM,
 * interleaved (docs/BENCHMARKS.md, issue 13's third round):
 * {@code java -cp target/classes:target/test-classes dev.sagedeck.data.ParallelCsvBenchmark ab FILE REPS};
 * {@code ... once seq|par FILE} reads once (for the peak RSS of one read under {@code /usr/bin/time -v}).
 */
public final class ParallelCsvBenchmark {
    private ParallelCsvBenchmark() {}

    public static void main(String[] args) {
        if (args[0].equals("once")) {
            long t0 = System.nanoTime();
            RawTable table = read(Path.of(args[2]), args[1].equals("par") ? ParallelCsv.Chunking.onAllCores() : ParallelCsv.Chunking.SEQUENTIAL);
            System.out.printf(Locale.ROOT, "%s: %d rows in %d parts, %.3f s%n", args[1], table.rows, table.parts, (System.nanoTime() - t0) / 1e9);
            return;
        }
        Path file = Path.of(args[1]);
        int reps = Integer.parseInt(args[2]);
        List<Double> seqWall = new ArrayList<>(), parWall = new ArrayList<>(), seqCpu = new ArrayList<>(), parCpu = new ArrayList<>();
        for (int r = 0; r < reps + 1; r++) { // the first pair warms the JIT and the page cache and is not counted
            for (boolean parallel : r % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                long cpu0 = cpu();
                long t0 = System.nanoTime();
                RawTable table = read(file, parallel ? ParallelCsv.Chunking.onAllCores() : ParallelCsv.Chunking.SEQUENTIAL);
                double wall = (System.nanoTime() - t0) / 1e9;
                double used = (cpu() - cpu0) / 1e9;
                if (r > 0) {
                    (parallel ? parWall : seqWall).add(wall);
                    (parallel ? parCpu : seqCpu).add(used);
                }
                System.out.printf(Locale.ROOT, "%s rep %d: %d rows, %d parts, wall %.3f s, cpu %.3f s, load %s%n", parallel ? "par" : "seq", r,
                        table.rows, table.parts, wall, used, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        System.out.printf(Locale.ROOT, "sequential: wall median %.3f s (min %.3f), cpu median %.3f s%n", median(seqWall), Collections.min(seqWall), median(seqCpu));
        System.out.printf(Locale.ROOT, "parallel:   wall median %.3f s (min %.3f), cpu median %.3f s%n", median(parWall), Collections.min(parWall), median(parCpu));
        System.out.printf(Locale.ROOT, "parallel/sequential: wall %.2fx, cpu %.2fx%n", median(parWall) / median(seqWall), median(parCpu) / median(seqCpu));
    }

    private static RawTable read(Path file, ParallelCsv.Chunking chunking) {
        Presets.Spec spec = new Presets.Spec("titanic", null, List.of(), null);
        return RawTable.read(file, false, header -> spec.plan(header, file.getFileName().toString()), chunking);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
