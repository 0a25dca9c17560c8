package dev.sagedeck.local;

import static dev.sagedeck.local.LocalJobsFixture.awaitStatus;
import static dev.sagedeck.local.LocalJobsFixture.csv;
import static dev.sagedeck.local.LocalJobsFixture.log;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.app.MetricSeries;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptMetrics;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.domain.TrainingJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any framework's script run locally: the training toolkit's environment, a missing torch said
 * plainly, and requirements.txt installed into a virtual environment per file (a wheel built here,
 * pip with --no-index --find-links: no network).
 */
class FrameworkScriptsLocallyTest {
    @TempDir
    Path tmp;
    private LocalTrainingJobs jobs;

    private LocalTrainingJobs jobs(Map<String, String> env) {
        jobs = new LocalTrainingJobs(tmp.resolve("state/jobs"), Ownership.of("alice"), env, Clock.systemDefaultZone());
        return jobs;
    }

    @AfterEach
    void tearDown() {
        if (jobs != null) {
            LocalJobsFixture.killLeftovers(jobs);
        }
    }

    private LaunchSpec run(Path sourceDir, Map<String, String> hps) throws IOException {
        return new LaunchSpec(Backend.LOCAL, null, null, new DataSpec(csv(tmp).toString(), null, null, null, List.of(), null), hps,
                new ScriptSpec("train.py", sourceDir.toString(), "python3", null), Resources.local(0), null, null, null);
    }

    private Path code(String name, String script, String requirements) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("train.py"), script);
        if (requirements != null) {
            Files.writeString(dir.resolve("requirements.txt"), requirements);
        }
        return dir;
    }

    @Test
    void aScript_seesTheTrainingToolkitsEnvironment() throws Exception {
        Path code = code("env", """
                import json, os
                names = sorted(k for k in os.environ if k.startswith("SM_"))
                print("ENV " + json.dumps({k: os.environ[k] for k in names}))
                """, null);
        LocalTrainingJobs jobs = jobs(Map.of());
        TrainingJob done = awaitStatus(jobs, jobs.launch(run(code, Map.of("epochs", "2", "lr", "0.01"))).name(), JobStatus.COMPLETED);

        String line = log(jobs, done.name()).lines().filter(l -> l.startsWith("ENV ")).findFirst().orElseThrow();
        JsonNode env = new ObjectMapper().readTree(line.substring(4));
        Path dir = Path.of(done.outputPath());
        assertThat(env.path("SM_HOSTS").asText()).isEqualTo("[\"algo-1\"]");
        assertThat(env.path("SM_CURRENT_HOST").asText()).isEqualTo("algo-1");
        assertThat(env.path("SM_NUM_GPUS").asText()).isEqualTo("0"); // no nvidia-smi here
        assertThat(env.path("SM_NUM_CPUS").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(env.path("SM_USER_ARGS").asText()).isEqualTo("[\"--epochs\",\"2\",\"--lr\",\"0.01\"]");
        assertThat(env.path("SM_HPS").asText()).isEqualTo("{\"epochs\":2,\"lr\":0.01}");
        assertThat(env.path("SM_HP_LR").asText()).isEqualTo("0.01");
        assertThat(env.path("SM_CHANNELS").asText()).isEqualTo("[\"train\"]");
        assertThat(env.path("SM_CHANNEL_TRAIN").asText()).isEqualTo(dir.resolve("input/data/train").toString());
        assertThat(env.path("SM_MODEL_DIR").asText()).isEqualTo(dir.resolve("model").toString());
        assertThat(env.path("SM_OUTPUT_DATA_DIR").asText()).isEqualTo(dir.resolve("output/data").toString());
        assertThat(env.path("SM_INPUT_DIR").asText()).isEqualTo(dir.resolve("input").toString());
        assertThat(env.path("SM_INPUT_CONFIG_DIR").asText()).isEqualTo(dir.resolve("input/config").toString());
        assertThat(env.path("SM_MODULE_NAME").asText()).isEqualTo("train");
        assertThat(env.path("SM_USER_ENTRY_POINT").asText()).isEqualTo("train.py");
        assertThat(env.path("SM_LOG_LEVEL").asText()).isEqualTo("20");
        assertThat(env.path("SM_NETWORK_INTERFACE_NAME").asText()).isEqualTo("eth0");
        assertThat(env.path("SM_FRAMEWORK_MODULE").asText()).isEmpty();
        JsonNode training = new ObjectMapper().readTree(env.path("SM_TRAINING_ENV").asText());
        assertThat(training.path("job_name").asText()).isEqualTo(done.name());
        assertThat(training.path("hyperparameters").path("epochs").asInt()).isEqualTo(2);
        assertThat(training.path("channel_input_dirs").path("train").asText()).isEqualTo(dir.resolve("input/data/train").toString());
        assertThat(training.path("resource_config").path("hosts").get(0).asText()).isEqualTo("algo-1");
        assertThat(training.path("is_master").asBoolean()).isTrue();
        JsonNode rc = new ObjectMapper().readTree(dir.resolve("input/config/resourceconfig.json").toFile());
        assertThat(rc).isEqualTo(new ObjectMapper().readTree(env.path("SM_RESOURCE_CONFIG").asText()));
    }

    @Test
    void aLocalScriptsCurve_isReadWithItsMetricRules_asOnSageMaker() throws Exception {
        Path code = code("metrics", "print('epoch 1 val_acc: 0.81')\nprint('[1]\\ttrain-logloss:0.52')\nprint('epoch 2 val_acc: 0.85')\n", null);
        List<MetricDefinition> mine = List.of(new MetricDefinition("val_acc", "val_acc: ([0-9.]+)"));
        LaunchSpec spec = run(code, Map.of());
        LaunchSpec withMetric = new LaunchSpec(spec.backend(), null, null, spec.data(), spec.hyperParameters(),
                new ScriptSpec("train.py", code.toString(), "python3", null, null, null, mine), spec.resources(), null, null, null);
        LocalTrainingJobs jobs = jobs(Map.of());

        TrainingJob done = awaitStatus(jobs, jobs.launch(withMetric).name(), JobStatus.COMPLETED);
        MetricSeries curve = MetricSeries.EMPTY.appendRounds(MetricSeries.parse(
                jobs.readLogs(done.name(), LogCursor.START).lines(), jobs.metricRules(done.name())));

        assertThat(jobs.metricRules(done.name())).isEqualTo(ScriptMetrics.forScript(mine));
        assertThat(curve.of("val_acc")).containsExactly(0.81, 0.85);
        assertThat(curve.of("train:logloss")).containsExactly(0.52);
    }

    @Test
    void aPytorchScriptWithoutTorch_failsWithTheImportErrorFirst_andAHint() throws Exception {
        Path code = Files.createDirectories(tmp.resolve("torch"));
        Files.copy(Path.of("src/test/resources/frameworks/code/train.py"), code.resolve("train.py"));
        LocalTrainingJobs jobs = jobs(Map.of());

        TrainingJob failed = awaitStatus(jobs, jobs.launch(run(code, Map.of())).name(), JobStatus.FAILED);

        assertThat(failed.failureReason()).startsWith("ModuleNotFoundError: No module named 'torch' - torch is not installed")
                .contains("list it in requirements.txt in the source directory")
                .contains("--framework pytorch").doesNotContain("Traceback").doesNotContain("File \"");
    }

    @Test
    void requirements_areInstalledIntoAVenvDuringDownloading_andReusedByTheNextRun() throws Exception {
        Path wheels = tmp.resolve("wheels");
        LocalWheel.write(wheels, "sagedeckprobe", "1.0", "probe says hello");
        Path code = code("req", "import sagedeckprobe\nprint('VALUE', sagedeckprobe.VALUE)\n", "sagedeckprobe==1.0\n");
        LocalTrainingJobs jobs = jobs(Map.of("PIP_NO_INDEX", "1", "PIP_FIND_LINKS", wheels.toString()));

        TrainingJob first = awaitStatus(jobs, jobs.launch(run(code, Map.of())).name(), JobStatus.COMPLETED);
        String log = log(jobs, first.name());
        assertThat(log).contains("Downloading - requirements.txt (1 package: sagedeckprobe==1.0) is installed with pip into a new "
                + "virtual environment").contains("Successfully installed sagedeckprobe-1.0").contains("VALUE probe says hello");
        assertThat(log.indexOf("Successfully installed")).isLessThan(log.indexOf("Training - "));
        TrainingJob second = awaitStatus(jobs, jobs.launch(run(code, Map.of())).name(), JobStatus.COMPLETED);
        assertThat(log(jobs, second.name())).contains("(made by an earlier run with the same file; reused)")
                .doesNotContain("Successfully installed").contains("VALUE probe says hello");
        try (Stream<Path> venvs = Files.list(tmp.resolve("state/venvs"))) {
            assertThat(venvs.filter(Files::isDirectory)).hasSize(1);
        }
    }

    @Test
    void aRequirementPipCannotFind_failsTheJobWithPipsReason() throws Exception {
        Path code = code("bad", "print('never runs')\n", "nosuchpackage-sagedeck==9.9\n");
        LocalTrainingJobs jobs = jobs(Map.of("PIP_NO_INDEX", "1", "PIP_FIND_LINKS", Files.createDirectories(tmp.resolve("empty")).toString()));

        TrainingJob failed = awaitStatus(jobs, jobs.launch(run(code, Map.of())).name(), JobStatus.FAILED);

        assertThat(failed.failureReason()).startsWith("ERROR: No matching distribution found for nosuchpackage-sagedeck==9.9")
                .contains("pip could not install requirements.txt");
        assertThat(log(jobs, failed.name())).doesNotContain("never runs");
        try (Stream<Path> venvs = Files.list(tmp.resolve("state/venvs"))) {
            assertThat(venvs.filter(Files::isDirectory)).as("a failed environment is not kept for reuse").isEmpty();
        }
    }
}
