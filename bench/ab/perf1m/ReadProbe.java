package dev.sagedeck.data;

import java.nio.file.Path;
import java.util.List;

/** ReadProbe TRAIN: the training file's read, learning and features timed (not part of the product). */
public final class ReadProbe {
    public static void main(String[] a) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long t = System.nanoTime(), c = os.getProcessCpuTime();
        Presets.Spec spec = new Presets.Spec("titanic", null, List.of(), null);
        Path file = Path.of(a[0]);
        RawTable table = RawTable.read(file, false, header -> spec.plan(header, "x"));
        long t1 = System.nanoTime(), c1 = os.getProcessCpuTime();
        long a0 = System.nanoTime();
        LabelAnalysis.decide(table.column("Survived"), null, "x");
        long a1 = System.nanoTime();
        Double med = Presets.median(table.column("Age"));
        long a2 = System.nanoTime();
        String mode = Presets.mode(table.column("Embarked"));
        long a3 = System.nanoTime();
        System.out.printf("label %d median %d (%s) mode %d ms%n", (a1 - a0) / 1000000, (a2 - a1) / 1000000, med, (a3 - a2) / 1000000);
        Preprocessing p = spec.learn(table);
        long t2 = System.nanoTime(), c2 = os.getProcessCpuTime();
        var missing = table.missingByColumn();
        Dataset d = FeatureBuilder.build(p, table, true);
        var w = table.typingWarnings(p.label());
        long t3 = System.nanoTime(), c3 = os.getProcessCpuTime();
        System.out.printf("read %d/%d learn %d/%d build %d/%d ms wall/cpu rows %d%n", (t1 - t) / 1000000, (c1 - c) / 1000000,
                (t2 - t1) / 1000000, (c2 - c1) / 1000000, (t3 - t2) / 1000000, (c3 - c2) / 1000000, d.rows());
    }
}
