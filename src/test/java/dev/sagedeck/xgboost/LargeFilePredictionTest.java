package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Dataset;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file larger than one prediction call is scored in pieces (small copies), with exactly the predictions of one call. */
class LargeFilePredictionTest {
    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("try")
    void aTestFileOfMoreRowsThanOneCall_getsTheSamePredictionsAsOneCall_andTheMatrixTheSameRows() throws Exception {
        Path csv = dir.resolve("big.csv");
        Random rng = new Random(7);
        int rows = Evaluator.PREDICT_CHUNK_ROWS + 4_321;
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("label,a,b\n");
            for (int i = 0; i < rows; i++) {
                double a = rng.nextGaussian();
                String b = i % 17 == 0 ? "" : Double.toString(rng.nextDouble());
                w.write((a + rng.nextGaussian() > 0 ? 1 : 0) + "," + a + "," + b + "\n");
            }
        }
        Dataset data = DataLoading.learn(csv, null, "label", List.of(), "binary:logistic").data();
        try (NativeQuiet quiet = NativeQuiet.onThisThread()) {
            DMatrix matrix = Matrices.of(data, null);
            DMatrix reference = new DMatrix(data.rowMajor(null), data.rows(), data.featureCount(), Float.NaN);
            reference.setLabel(data.labels(null));
            reference.setFeatureNames(data.featureNames().toArray(new String[0]));
            Map<String, Object> params = new HashMap<>(Map.of("objective", "binary:logistic", "max_depth", 3, "tree_method", "hist"));
            Booster booster = XGBoost.train(matrix, params, 5, Map.of(), null, null);
            Booster fromArray = XGBoost.train(reference, params, 5, Map.of(), null, null);
            try {
                assertThat(matrix.rowNum()).isEqualTo(rows);
                assertThat(matrix.nonMissingNum()).isEqualTo(reference.nonMissingNum());
                assertThat(new String(booster.toByteArray("json"), java.nio.charset.StandardCharsets.UTF_8))
                        .as("the off-heap matrix trains the same model")
                        .isEqualTo(new String(fromArray.toByteArray("json"), java.nio.charset.StandardCharsets.UTF_8));

                float[][] whole = booster.inplace_predict(data.rowMajor(null), data.rows(), data.featureCount(), Float.NaN);
                assertThat(Evaluator.predict(booster, data)).isDeepEqualTo(whole);
            } finally {
                booster.dispose();
                fromArray.dispose();
                matrix.dispose();
                reference.dispose();
            }
        }
    }
}
