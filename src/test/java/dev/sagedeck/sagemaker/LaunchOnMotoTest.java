package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.TransferProgress;
import dev.sagedeck.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Launches through real SDK clients against moto_server: what lands in S3 and SageMaker, and the job listed as mine. */
class LaunchOnMotoTest {
    static final String BUCKET = "lesson-bucket";
    static final String OUT = "s3://lesson-bucket/titanic";

    @TempDir
    Path tmp;
    private AwsConnection connection;
    private MotoS3 s3;

    @BeforeEach
    void start() {
        MotoServer.reset();
        connection = AwsTestSupport.connect(MotoServer.endpoint());
        s3 = new MotoS3(MotoServer.endpoint());
        s3.bucket(BUCKET);
    }

    @AfterEach
    void stop() {
        connection.close();
        s3.close();
    }

    @Test
    void builtInLaunch_uploadsLabelFirstHeaderlessNumericCsv_andTagsTheJobAsMine() throws IOException {
        List<String> progress = new ArrayList<>();
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection)
                .withProgress((label, done, total) -> progress.add(label + " " + done + "/" + total));

        TrainingJob job = jobs.launch(LaunchSpecs.builtIn(null, OUT));

        assertThat(job.name()).startsWith("alice-xgboost-");
        assertThat(job.tags()).containsEntry("owner", "alice");
        assertThat(job.image()).endsWith("/sagemaker-xgboost:1.7-1");
        String key = "titanic/" + job.name() + "/input/train/train.csv";
        String csv = s3.text(BUCKET, key);
        List<String> lines = csv.lines().toList();
        List<String> raw = Files.readAllLines(LaunchSpecs.TITANIC_TRAIN);
        assertThat(lines).hasSize(raw.size() - 1); // every data row, no header
        int survived = List.of(raw.get(0).split(",")).indexOf("Survived");
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            assertThat(fields).as("row %d", i + 1).hasSize(9); // label + 8 features of the lesson's titanic preprocessing
            for (String f : fields) {
                assertThat(f.isEmpty() || f.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?")).as("row %d field '%s' is numeric", i + 1, f).isTrue();
            }
            // the label first: the same Survived value as the raw row (titanic names have commas, so take it from the left)
            assertThat(fields[0]).isEqualTo(raw.get(i + 1).split(",")[survived]);
        }
        assertThat(s3.keys(BUCKET)).contains("titanic/" + job.name() + "/input/preprocessing.json");
        long size = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(progress).contains("train.csv -> s3://lesson-bucket/" + key + " 0/" + size,
                "train.csv -> s3://lesson-bucket/" + key + " " + size + "/" + size);
        assertThat(jobs.list(JobScope.MINE)).extracting(TrainingJob::name).contains(job.name());
    }

    @Test
    void scriptLaunch_putsEntryPointAndSourceDirAtTheArchiveRoot_andTellsTheContainerWhere() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("code"));
        Files.writeString(src.resolve("train_xgboost.py"), "import helpers\n");
        Files.createDirectories(src.resolve("lib"));
        Files.writeString(src.resolve("lib/helpers.py"), "X = 1\n");
        Files.createDirectories(src.resolve("__pycache__"));
        Files.writeString(src.resolve("__pycache__/helpers.cpython-311.pyc"), "junk");
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);

        TrainingJob job = jobs.launch(LaunchSpecs.script("train-script", OUT, Path.of("train_xgboost.py"), src, "xgboost"));

        assertThat(job.name()).isEqualTo("alice-train-script");
        String archive = "titanic/alice-train-script/source/sourcedir.tar.gz";
        assertThat(s3.archiveEntries(BUCKET, archive)).containsExactlyInAnyOrder("train_xgboost.py", "lib/helpers.py");
        Map<String, String> hp = job.hyperParameters();
        assertThat(hp).containsEntry("sagemaker_program", "\"train_xgboost.py\"")
                .containsEntry("sagemaker_submit_directory", "\"s3://" + BUCKET + "/" + archive + "\"")
                .containsEntry("max_depth", "3");
        assertThat(s3.keys(BUCKET)).contains("titanic/alice-train-script/input/train/titanic_train.csv");
        assertThat(jobs.list(JobScope.MINE)).extracting(TrainingJob::name).containsExactly("alice-train-script");
    }

    @Test
    void sklearnScript_withoutSourceDir_packsTheEntryPointAlone() throws IOException {
        Path script = Files.writeString(tmp.resolve("fit.py"), "print(1)\n");
        TrainingJob job = AwsTestSupport.jobs(connection).launch(LaunchSpecs.script("fit", OUT, script, null, "sklearn"));
        assertThat(job.image()).isEqualTo("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3");
        assertThat(s3.archiveEntries(BUCKET, "titanic/alice-fit/source/sourcedir.tar.gz")).containsExactly("fit.py");
    }
}
