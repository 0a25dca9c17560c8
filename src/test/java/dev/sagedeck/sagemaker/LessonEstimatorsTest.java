package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.Wiring;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.app.Session;
import dev.sagedeck.app.Update;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.app.wizard.WizardChoices;
import dev.sagedeck.app.wizard.WizardCommandLine;
import dev.sagedeck.app.wizard.WizardSettings;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardStep;
import dev.sagedeck.app.wizard.WizardSteps;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.port.LaunchPlanning;
import dev.sagedeck.testing.MotoServer;
import dev.sagedeck.testing.ScreenHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when, checked literally: each Estimator example of the lesson (built-in XGBoost,
 * the 1-vs-2-instance experiment, XGBoost script mode, SKLearn with requirements.txt, PyTorch,
 * TensorFlow) done from the CLI ({@code launch ... --dry-run --json}) and from the wizard (keys
 * through the reducer, the launch effect's spec planned as the dashboard plans it; and the review's
 * "same run from a shell" line run as a command) gives the same CreateTrainingJob request, and that
 * request is the one the SageMaker Python SDK would send
 * ({@code src/test/resources/lesson/expected/}, derived from the SDK's source; see the README there).
 */
class LessonEstimatorsTest {
    static final Path LESSON = Path.of("src/test/resources/lesson").toAbsolutePath();
    static final String TRAIN = "s3://doejohn-titanic-s3/titanic_train.csv";
    static final String BUCKET = "s3://doejohn-titanic-s3";
    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path home;
    private final Map<String, String> env = new java.util.HashMap<>();
    private LaunchPlanning planning;

    @BeforeEach
    void start() throws IOException {
        env.putAll(AwsTestSupport.cliEnv(home, Files.createDirectories(home.resolve("state")), MotoServer.endpoint()));
        planning = new Wiring(env).launchPlanning(null);
        assertThat(planning).as("SageMaker is configured for the dry run").isNotNull();
    }

    /** One example: its CLI flags, and the wizard fields set to the same choices (in the order the wizard shows them). */
    private record Example(String name, List<String> cli, Map<WizardField, String> wizard) {}

    private static Map<WizardField, String> fields(Object... kv) {
        Map<WizardField, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((WizardField) kv[i], (String) kv[i + 1]);
        }
        return m;
    }

    private static List<String> cli(String name, String output, String instanceType, String... extra) {
        List<String> args = new ArrayList<>(List.of("launch", "--region", "us-east-1", "--role", LaunchSpecs.ROLE, "--output", output,
                "--instance-type", instanceType, "--train", TRAIN, "--name", name, "--dry-run", "--json"));
        args.addAll(List.of(extra));
        return args;
    }

    /** The wizard fields every example fills: SageMaker, its name, data from S3, its resources. */
    private static Map<WizardField, String> wizard(String name, String output, String instanceType, Map<WizardField, String> own) {
        Map<WizardField, String> m = fields(WizardField.WHERE, WizardChoices.SAGEMAKER, WizardField.NAME, name,
                WizardField.SOURCE, WizardChoices.FILE, WizardField.TRAIN, TRAIN);
        m.putAll(own);
        m.put(WizardField.INSTANCE_TYPE, instanceType);
        m.putIfAbsent(WizardField.INSTANCE_COUNT, "1");
        m.put(WizardField.ROLE, LaunchSpecs.ROLE);
        m.put(WizardField.OUTPUT, output);
        return m;
    }

    private static Map<WizardField, String> five(String maxDepth, String eta, String subsample, String colsample, String numRound) {
        return fields(WizardField.MAX_DEPTH, maxDepth, WizardField.ETA, eta, WizardField.SUBSAMPLE, subsample,
                WizardField.COLSAMPLE_BYTREE, colsample, WizardField.NUM_ROUND, numRound);
    }

    private static Example builtIn() {
        String out = BUCKET + "/xgboost/";
        Map<WizardField, String> own = fields(WizardField.MODE, WizardChoices.BUILT_IN, WizardField.IMAGE_VERSION, "1.5-1");
        own.putAll(five("5", "0.1", "0.8", "0.8", "100"));
        return new Example("builtin-xgboost", cli("lesson-builtin", out, "ml.m5.large", "--image-version", "1.5-1",
                "--max_depth", "5", "--eta", "0.1", "--subsample", "0.8", "--colsample_bytree", "0.8", "--num_round", "100"),
                wizard("lesson-builtin", out, "ml.m5.large", own));
    }

    @Test
    void builtInXgboost_fromTheCliAndTheWizard_isWhatTheSdksEstimatorSends() throws IOException {
        assertSameAsTheSdk(builtIn());
    }

    @Test
    void theOneVersusTwoInstanceExperiment_fromTheCliAndTheWizard_isTheSdksTwoFits() throws IOException {
        String out = BUCKET + "/xgboost/";
        Map<WizardField, String> own = fields(WizardField.MODE, WizardChoices.BUILT_IN, WizardField.IMAGE_VERSION, "1.5-1",
                WizardField.INSTANCE_COUNT, "1,2");
        own.putAll(five("5", "0.1", "0.8", "0.8", "100"));
        assertSameAsTheSdk(new Example("builtin-xgboost-1-vs-2", cli("lesson-scale", out, "ml.m5.large", "--image-version", "1.5-1",
                "--instance-count", "1,2", "--max_depth", "5", "--eta", "0.1", "--subsample", "0.8", "--colsample_bytree", "0.8",
                "--num_round", "100"), wizard("lesson-scale", out, "ml.m5.large", own)));
    }

    @Test
    void xgboostScriptMode_fromTheCliAndTheWizard_isWhatTheSdksXgboostEstimatorSends() throws IOException {
        String out = BUCKET + "/xgboost/";
        Map<WizardField, String> own = fields(WizardField.MODE, WizardChoices.SCRIPT, WizardField.ENTRY_POINT, "train_xgboost.py",
                WizardField.SOURCE_DIR, LESSON.resolve("AWS_helpers").toString(), WizardField.FRAMEWORK, "xgboost");
        own.putAll(five("3", "0.1", "0.8", "0.8", "100"));
        own.put(WizardField.EXTRA, "train=titanic_train.csv");
        own.put(WizardField.IMAGE_VERSION, "1.5-1");
        assertSameAsTheSdk(new Example("xgboost-script", cli("lesson-xgb-script", out, "ml.m5.large", "--script", "train_xgboost.py",
                "--source-dir", LESSON.resolve("AWS_helpers").toString(), "--framework", "xgboost", "--image-version", "1.5-1",
                "--hp", "train=titanic_train.csv", "--max_depth", "3", "--eta", "0.1", "--subsample", "0.8", "--colsample_bytree", "0.8",
                "--num_round", "100"), wizard("lesson-xgb-script", out, "ml.m5.large", own)));
    }

    @Test
    void sklearnWithRequirementsTxt_fromTheCliAndTheWizard_isWhatTheSdksSklearnEstimatorSends() throws IOException {
        String out = BUCKET + "/sklearn";
        Map<WizardField, String> own = fields(WizardField.MODE, WizardChoices.SCRIPT, WizardField.ENTRY_POINT, "train_script.py",
                WizardField.SOURCE_DIR, LESSON.resolve("sklearn").toString(), WizardField.FRAMEWORK, "sklearn");
        own.putAll(five("5", "0.1", "0.8", "", "100")); // the lesson's SKLearn example has no colsample_bytree
        own.put(WizardField.IMAGE_VERSION, "1.0-1");
        Example e = new Example("sklearn-requirements", cli("lesson-sklearn", out, "ml.m5.large", "--script", "train_script.py",
                "--source-dir", LESSON.resolve("sklearn").toString(), "--framework", "sklearn", "--image-version", "1.0-1",
                "--max_depth", "5", "--eta", "0.1", "--subsample", "0.8", "--num_round", "100"), wizard("lesson-sklearn", out, "ml.m5.large", own));

        CliRun.Result r = assertSameAsTheSdk(e);

        assertThat(r.err()).as("dependencies=['requirements.txt'] travels in the archive and is installed")
                .contains("code: 2 file(s)").contains("requirements.txt (1 package: pandas==2.2.2) is installed with pip by the container");
    }

    @Test
    void pytorch_fromTheCliAndTheWizard_isWhatTheSdksPytorchEstimatorSends() throws IOException {
        String out = BUCKET + "/pytorch";
        Map<WizardField, String> own = fields(WizardField.MODE, WizardChoices.SCRIPT, WizardField.ENTRY_POINT, "train_nn.py",
                WizardField.SOURCE_DIR, LESSON.resolve("pytorch").toString(), WizardField.FRAMEWORK, "pytorch");
        own.putAll(five("", "", "", "", "")); // a PyTorch script takes none of XGBoost's five
        own.put(WizardField.EXTRA, "epochs=10 lr=0.001");
        own.put(WizardField.IMAGE_VERSION, "2.8.0");
        own.put(WizardField.PY_VERSION, "py312");
        assertSameAsTheSdk(new Example("pytorch", cli("lesson-pytorch", out, "ml.p3.2xlarge", "--script", "train_nn.py",
                "--source-dir", LESSON.resolve("pytorch").toString(), "--framework", "pytorch", "--framework-version", "2.8.0",
                "--py-version", "py312", "--hp", "epochs=10", "--hp", "lr=0.001"), wizard("lesson-pytorch", out, "ml.p3.2xlarge", own)));
    }

    @Test
    void tensorflow_fromTheCliAndTheWizard_isWhatTheSdksTensorflowEstimatorSends() throws IOException {
        String out = BUCKET + "/tensorflow";
        Map<WizardField, String> own = fields(WizardField.MODE, WizardChoices.SCRIPT, WizardField.ENTRY_POINT, "train_tf.py",
                WizardField.SOURCE_DIR, LESSON.resolve("tensorflow").toString(), WizardField.FRAMEWORK, "tensorflow");
        own.putAll(five("", "", "", "", ""));
        own.put(WizardField.EXTRA, "epochs=10");
        assertSameAsTheSdk(new Example("tensorflow", cli("lesson-tensorflow", out, "ml.m5.large", "--script", "train_tf.py",
                "--source-dir", LESSON.resolve("tensorflow").toString(), "--framework", "tensorflow", "--hp", "epochs=10"),
                wizard("lesson-tensorflow", out, "ml.m5.large", own)));
    }

    /** The CLI's requests, the wizard's requests and the expected ones are the same list; returns the CLI run (its notes). */
    private CliRun.Result assertSameAsTheSdk(Example e) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(LESSON.resolve("expected/" + e.name() + ".json").toFile()).path("requests");
        CliRun.Result r = CliRun.run(env, e.cli().toArray(new String[0]));
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode fromCli = r.json().isArray() ? r.json() : new ObjectMapper().createArrayNode().add(r.json());

        WizardRun run = launchedByTheWizard(e.wizard());
        List<JsonNode> fromWizard = new ArrayList<>();
        for (LaunchSpec spec : run.launched()) {
            fromWizard.add(new ObjectMapper().readTree(planning.dryRun(spec)));
        }
        List<String> shell = dev.sagedeck.testing.ShellWords.of(run.commandLine());
        assertThat(shell.subList(0, 2)).containsExactly("sagedeck", "launch");
        List<String> again = new ArrayList<>(shell.subList(1, shell.size()));
        again.addAll(List.of("--dry-run", "--json"));
        CliRun.Result fromShellLine = CliRun.run(env, again.toArray(new String[0]));

        assertThat(fromCli).as("the CLI's request(s)\n%s", r.err()).isEqualTo(expected);
        JsonNode wizardRequests = new ObjectMapper().valueToTree(fromWizard);
        assertThat(wizardRequests).as("the wizard's request(s)").isEqualTo(expected);
        assertThat(fromShellLine.code()).as(fromShellLine.toString()).isZero();
        JsonNode shellRequests = fromShellLine.json().isArray() ? fromShellLine.json()
                : new ObjectMapper().createArrayNode().add(fromShellLine.json());
        assertThat(shellRequests).as("the review's 'same run from a shell' line: %s", run.commandLine()).isEqualTo(expected);
        return r;
    }

    /** What the wizard launched, and the command line its review showed as the same run from a shell. */
    private record WizardRun(List<LaunchSpec> launched, String commandLine) {}

    /** Opens the wizard, fills {@code values} field by field with keys, reviews (plan from the real planning) and submits. */
    private WizardRun launchedByTheWizard(Map<WizardField, String> values) {
        Session session = new Session("t", Ownership.of("alice"), "local + sagemaker", "AWS: us-east-1", null, false, Keymap.defaults(),
                Map.of(), Map.of(), LaunchSpecs.ROLE).withFrameworks(FrameworkTables.catalog());
        AppState s = AppState.initial(session, 120, 35, T0).started("list");
        s = Update.update(s, new Msg.JobsLoaded(JobScope.MINE, List.of(), T0)).state();
        Next n = press(s, "n");
        for (WizardStep step : List.of(WizardStep.WHERE, WizardStep.DATA, WizardStep.RUN, WizardStep.PARAMS, WizardStep.RESOURCES)) {
            assertThat(n.state().wizard().step()).as(String.valueOf(n.state().flash())).isEqualTo(step);
            for (Map.Entry<WizardField, String> f : values.entrySet()) {
                if (WizardSteps.fields(step, n.state().wizard().values()).contains(f.getKey())) {
                    n = fill(n, f.getKey(), f.getValue());
                }
            }
            n = press(n.state(), "<Enter>");
        }
        assertThat(n.state().wizard().step()).as(String.valueOf(n.state().flash())).isEqualTo(WizardStep.REVIEW);
        List<WizardField> visible = WizardSteps.allVisible(n.state().wizard().values());
        assertThat(visible).as("every field the example sets is one the wizard showed").containsAll(values.keySet());
        Effect.PlanLaunch plan = (Effect.PlanLaunch) n.effects().stream().filter(x -> x instanceof Effect.PlanLaunch).findFirst().orElseThrow();
        AppState reviewed = Update.update(n.state(), new Msg.LaunchPlanned(plan.spec(), planning.dryRun(plan.spec()), List.of())).state();
        reviewed = Update.update(reviewed, new Msg.Tick(T0)).state();
        // as WizardReviewPainter shows it
        String commandLine = WizardCommandLine.of(plan.spec(), WizardSettings.counts(reviewed.wizard().value(WizardField.INSTANCE_COUNT)));
        Next submitted = press(reviewed, "<Enter>");
        for (Effect x : submitted.effects()) {
            if (x instanceof Effect.Launch l) {
                return new WizardRun(List.of(l.spec()), commandLine);
            }
            if (x instanceof Effect.LaunchExperiment l) {
                return new WizardRun(l.specs(), commandLine);
            }
        }
        throw new AssertionError("submit launched nothing: " + submitted.state().flash());
    }

    /** Focus {@code f} with Down/Up, then type its text (clearing what is there) or step its choices with Right. */
    private static Next fill(Next n, WizardField f, String value) {
        for (int i = 0; i < 30 && n.state().wizard().focus() != f; i++) {
            List<WizardField> shown = WizardSteps.fields(n.state().wizard().step(), n.state().wizard().values());
            boolean down = shown.indexOf(f) > shown.indexOf(n.state().wizard().focus());
            n = press(n.state(), down ? "<Down>" : "<Up>");
        }
        assertThat(n.state().wizard().focus()).as("focus reaches " + f).isEqualTo(f);
        if (f.kind() == WizardField.Kind.TEXT) {
            return press(n.state(), "<Backspace>".repeat(160) + value);
        }
        for (int i = 0; i < 60 && !value.equals(n.state().wizard().value(f)); i++) {
            n = press(n.state(), "<Right>");
        }
        assertThat(n.state().wizard().value(f)).as(f + " offers " + value).isEqualTo(value);
        return n;
    }

    private static Next press(AppState s, String keys) {
        Next n = Next.of(s);
        List<Effect> all = new ArrayList<>();
        for (String k : ScreenHarness.split(keys)) {
            n = Update.update(n.state(), new Msg.KeyPressed(new Key(k)));
            all.addAll(n.effects());
        }
        return new Next(n.state(), all);
    }
}
