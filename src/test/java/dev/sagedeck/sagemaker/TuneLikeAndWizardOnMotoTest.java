package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.Wiring;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import dev.sagedeck.port.TransferProgress;
import dev.sagedeck.port.TuningJobs;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A search promoted to SageMaker and one started from the wizard, through the real SDK against
 * moto_server: {@code tune --like SEARCH} on a real local search gives the expected
 * CreateHyperParameterTuningJob request, and the wizard's Submit creates the tuning job, read back with Describe.
 */
class TuneLikeAndWizardOnMotoTest {
    @RegisterExtension
    final MotoAccount moto = MotoAccount.withExecutionRole();

    @AfterEach
    void stop() {
        LocalJobsFixture.killLeftovers((LocalTrainingJobs) new Wiring(moto.env()).localBackend(null).get(Backend.LOCAL).orElseThrow());
    }

    @Test
    void tuneLike_aLocalGridSearch_isTheSameSearchOnSageMaker_requestAsExpected() throws Exception {
        CliRun.Result local = moto.run("tune", "--local", "--sample", "titanic", "--range", "max_depth=2:3", "--values",
                "booster=gbtree,dart", "--strategy", "grid", "--max-jobs", "4", "--max-parallel", "2", "--num_round", "5", "--wait", "--json");
        assertThat(local.code()).as(local.toString()).isZero();
        String search = local.json().path("name").asText();

        CliRun.Result dry = moto.run("tune", "--like", search, "--name", "promoted", "--role", LaunchSpecs.ROLE, "--output",
                LaunchOnMotoTest.OUT, "--max-parallel", "4", "--dry-run", "--json");

        assertThat(dry.code()).as(dry.toString()).isZero();
        JsonNode request = dry.json().path("request");
        String pretty = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(request);
        Path expected = Path.of("src/test/resources/dev/sagedeck/cli/tune-like-grid-request.json");
        assertThat(pretty + "\n").as("the request in " + expected).isEqualTo(Files.readString(expected));
        assertThat(dry.json().path("expectedWallHow").asText()).as("a configuration of the search just run is the measure")
                .contains("measured on " + search + "-00").contains("(local)");
        assertThat(moto.s3().keys(LaunchOnMotoTest.BUCKET)).as("a dry run uploads nothing").isEmpty();
    }

    @Test
    void tuneLike_refusesASearchWhoseObjectiveSageMakerLacks_untilOneItHasIsGiven() {
        CliRun.Result local = moto.run("tune", "--local", "--sample", "titanic", "--range", "max_depth=2:3", "--strategy", "grid",
                "--objective", "train:logloss", "--max-jobs", "2", "--max-parallel", "1", "--num_round", "5", "--wait", "--json");
        assertThat(local.code()).as(local.toString()).isZero();
        String search = local.json().path("name").asText();

        CliRun.Result refused = moto.run("tune", "--like", search, "--role", LaunchSpecs.ROLE, "--output", LaunchOnMotoTest.OUT, "--dry-run");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("Objective (--objective): SageMaker's built-in XGBoost container does not tune on train:logloss");

        CliRun.Result given = moto.run("tune", "--like", search, "--objective", "validation:logloss", "--role", LaunchSpecs.ROLE,
                "--output", LaunchOnMotoTest.OUT, "--dry-run", "--json");
        assertThat(given.code()).as(given.toString()).isZero();
        assertThat(given.json().path("request").path("HyperParameterTuningJobConfig").path("Strategy").asText()).isEqualTo("Grid");
    }

    @Test
    void theWizardsSageMakerSearch_createsTheTuningJob_readBackWithDescribe() {
        Wiring wiring = new Wiring(moto.env());
        var jobs = wiring.backends(null);
        Services services = new Services(wiring.launchPlanning(null), null, null).withSearches(wiring.searches(null));
        try (ScreenHarness h = ScreenHarness.start(120, 35, jobs, ScreenHarness.session("alice", false), services)) {
            h.press("n<Right><Enter><Enter><Enter><Tab><Tab><Tab><Tab><Tab><Tab><Right><Enter>");
            assertThat(h.text()).contains("step 5 of 7: Search hyperparameters");
            h.press("<Enter><Tab><Tab><Tab><Tab>" + LaunchSpecs.ROLE + "<Tab>" + LaunchOnMotoTest.OUT + "<Enter>");
            assertThat(h.text()).contains("step 7 of 7");
            assertThat(h.flat()).contains("A SageMaker tuning job: random search, 10 training jobs, 2 at once").doesNotContain("FAIL")
                    .contains("x 300 s per job (estimated: SageMaker's start-up");
            String request = h.state().wizard().plan().preview().requestJson();
            assertThat(request).contains("\"HyperParameterTuningJobName\"").contains("\"Strategy\" : \"Random\"");
            assertThat(h.flat() + h.press("<PageDown>").flat() + h.press("<PageDown>").flat()).contains("CreateHyperParameterTuningJob request");
            h.press("<Enter>");

            TuningJobs tuning = wiring.sageMakerTuning(null, TransferProgress.NONE).orElseThrow();
            List<TuningJob> mine = tuning.list(JobScope.MINE);
            assertThat(mine).hasSize(1);
            TuningJob described = tuning.describe(mine.get(0).name());
            assertThat(described.strategy()).isEqualTo(SearchStrategy.RANDOM);
            assertThat(described.ranges()).containsExactly("--range max_depth=3:9", "--range eta=0.01:0.3:log");
            assertThat(described.limits().maxJobs()).isEqualTo(10);
            assertThat(described.owner()).isEqualTo("alice");
            assertThat(h.text()).contains("Created the tuning job " + described.name());
        }
    }
}
