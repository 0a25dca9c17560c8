package dev.sagedeck.xgboost;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.HyperParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/** Probe MODE TRAIN TEST: the job's phases timed in one JVM (not part of the product). */
public final class Probe {
    static long t = System.nanoTime();
    static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    static long c = OS.getProcessCpuTime();
    static void lap(String what) {
        long n = System.nanoTime();
        long cn = OS.getProcessCpuTime();
        System.out.printf("%-28s %7.0f ms wall %7.0f ms cpu%n", what, (n - t) / 1e6, (cn - c) / 1e6);
        t = n;
        c = cn;
    }

    public static void main(String[] a) throws Exception {
        String mode = a[0];
        Path train = Path.of(a[1]), test = Path.of(a[2]);
        Path modelDir = Files.createTempDirectory("probe");
        Map<String, String> given = new HashMap<>(Map.of("max_depth", "3", "eta", "0.1", "subsample", "0.8",
                "colsample_bytree", "0.8", "num_round", "100", "nthread", "2"));
        HyperParameters hp = HyperParameterRules.validate(given);
        TrainingListener quiet = new TrainingListener() {
            public void log(String line) {}
            public void phase(String s) {}
        };
        NativeQuiet.preload();
        lap("start");
        TrainingRequest req = new TrainingRequest(train, test, "titanic", null, List.of(), given, modelDir, null);
        LocalTraining.Prepared p = LocalTraining.prepare(req, hp, quiet);
        lap("prepare (csv+features)");
        System.gc();
        lap("gc");
        try (NativeQuiet q = NativeQuiet.onThisThread(); LocalTraining.LoadedData data = LocalTraining.toMatrices(p, quiet)) {
            lap("toMatrices");
            p = null;
            System.gc();
            lap("gc");
            Map<String, Object> params = XgbParams.of(hp, data.preprocessing().task(), 2, (int) LocalTraining.rowsOf(data.train()));
            Booster b;
            if (mode.equals("noeval")) {
                b = XGBoost.train(data.train(), params, 100, new HashMap<>(), null, null, null, 0);
                lap("train, no evals");
            } else if (mode.equals("loop-noeval")) {
                b = XGBoost.train(data.train(), params, 0, new HashMap<>(), null, null, null, 0);
                for (int i = 0; i < 100; i++) b.update(data.train(), i);
                lap("train loop, no evals");
            } else {
                BoostingLoop.Outcome o = BoostingLoop.run(new BoostingLoop.Setup(data.train(), data.validation(), params,
                        hp.evalMetrics(), 100, null, data.trainMetricRows()), () -> false, l -> {});
                b = o.booster();
                lap("train loop with evals");
            }
            Path f = ModelFiles.save(b, modelDir);
            data.preprocessing().save(modelDir);
            lap("save");
            int n = LocalTraining.verifyReload(b, f, data.validation());
            lap("reload check " + n);
            data.close();
            var ds = DataLoading.apply(test, data.preprocessing(), true);
            lap("test read");
            float[][] pr = Evaluator.predict(b, ds);
            lap("test predict");
            Evaluation e = Evaluator.score(pr, "binary:logistic", ds);
            lap("test score " + e.metrics().get("accuracy"));
            b.dispose();
        }
    }
}
