package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.testing.MotoServer;
import dev.sagedeck.xgboost.Evaluation;
import dev.sagedeck.xgboost.XgboostModelEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A built-in 1.7-1 job's model.tar.gz (the committed fixture: legacy binary xgboost-model written by
 * xgboost 1.7) put into moto's S3 where the job says it is, fetched, loaded and evaluated.
 */
class ModelFetchOnMotoTest {
    static final Path FIXTURES = Path.of("src/test/resources/dev/sagedeck/xgboost/builtin");

    @TempDir
    Path tmp;
    private AwsConnection connection;
    private MotoS3 s3;
    private SageMakerTrainingJobs jobs;

    @BeforeEach
    void start() {
        MotoServer.reset();
        connection = AwsTestSupport.connect(MotoServer.endpoint());
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket(LaunchOnMotoTest.BUCKET);
        jobs = AwsTestSupport.jobs(connection);
    }

    @AfterEach
    void stop() {
        connection.close();
        s3.close();
    }

    private TrainingJob completedJobWithModel(Path modelFile) throws IOException {
        TrainingJob job = jobs.launch(LaunchSpecs.builtIn(null, LaunchOnMotoTest.OUT));
        S3Location at = S3Location.parse(job.modelLocation(), "model");
        s3.put(at.bucket(), at.key(), MotoS3.modelArchive(modelFile, "xgboost-model"));
        return job;
    }

    /** Accuracy computed here from xgboost 1.7's own predictions and the fixture's labels. */
    private static double accuracyOfXgboost17() throws IOException {
        List<String> predictions = Files.readAllLines(FIXTURES.resolve("predictions.txt"));
        List<String> rows = Files.readAllLines(FIXTURES.resolve("titanic_test_builtin.csv"));
        int right = 0;
        for (int i = 0; i < rows.size(); i++) {
            int label = (int) Double.parseDouble(rows.get(i).split(",")[0]);
            int predicted = Double.parseDouble(predictions.get(i)) > 0.5 ? 1 : 0;
            right += label == predicted ? 1 : 0;
        }
        return (double) right / rows.size();
    }

    @Test
    void legacyBinaryModel_isFetchedLoadedAndScoresAsXgboost17Predicted() throws IOException {
        TrainingJob job = completedJobWithModel(FIXTURES.resolve("xgboost-model"));

        Path model = jobs.fetchModel(job.name(), tmp.resolve("model"));

        assertThat(model).isEqualTo(tmp.resolve("model/xgboost-model"));
        assertThat(Files.readAllBytes(model)).startsWith('b', 'i', 'n', 'f');
        Evaluation builtIn = XgboostModelEvaluation.evaluateBuiltIn(model, FIXTURES.resolve("titanic_test_builtin.csv"));
        assertThat(builtIn.rows()).isEqualTo(178);
        assertThat(builtIn.metrics().get("accuracy")).isEqualTo(accuracyOfXgboost17());
        // the preprocessing sagedeck kept at launch reads the raw test file the way the training data was prepared
        assertThat(tmp.resolve("model").resolve(Preprocessing.FILE_NAME)).exists();
        Evaluation raw = XgboostModelEvaluation.evaluate(model, Preprocessing.load(tmp.resolve("model")), LaunchSpecs.TITANIC_TEST);
        assertThat(raw.metrics().get("accuracy")).isEqualTo(builtIn.metrics().get("accuracy"));
    }

    @Test
    void modelArchiveMissingFromS3_isNotFoundNamingTheUri() {
        TrainingJob job = jobs.launch(LaunchSpecs.builtIn(null, LaunchOnMotoTest.OUT));
        assertThatThrownBy(() -> jobs.fetchModel(job.name(), tmp.resolve("m"))).isInstanceOf(BackendException.class)
                .hasMessageContaining(job.modelLocation()).hasMessageContaining("is not in S3");
    }

    @Test
    void pickledModel_isExplainedWithTheFix() throws IOException {
        TrainingJob job = completedJobWithModel(FIXTURES.resolve("pickled-xgboost-model"));
        Path model = jobs.fetchModel(job.name(), tmp.resolve("model"));
        assertThatThrownBy(() -> XgboostModelEvaluation.evaluateBuiltIn(model, FIXTURES.resolve("titanic_test_builtin.csv")))
                .hasMessageContaining("Python pickle").hasMessageContaining("save_model");
    }
}
