package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.Wiring;
import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.LaunchPlanning;
import dev.sagedeck.testing.ScreenHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The launch wizard's SageMaker path against moto_server through the real SDK: the review shows
 * the real pre-submit checks, and Submit creates exactly one training job, named as the review said,
 * with the bundled sample uploaded and the owner tag on it.
 */
class WizardOnMotoTest {
    @RegisterExtension
    final MotoAccount moto = MotoAccount.withExecutionRole();

    @Test
    void submitOnTheSageMakerPath_createsExactlyOneJob_namedAsReviewed_withTheSampleUploaded() {
        Wiring wiring = new Wiring(moto.env());
        AllTrainingJobs jobs = wiring.backends(null);
        LaunchPlanning planning = wiring.launchPlanning(null);
        assertThat(planning).as("AWS is configured against moto").isNotNull();
        try (ScreenHarness h = ScreenHarness.start(120, 35, jobs, ScreenHarness.session("alice", false), planning)) {
            h.press("n<Right><Enter><Enter><Enter><Enter>");
            assertThat(h.text()).contains("step 5 of 6: SageMaker resources");
            h.press("<Tab><Tab><Tab><Tab>" + LaunchSpecs.ROLE + "<Tab>" + LaunchOnMotoTest.OUT + "<Enter>");
            assertThat(h.text()).contains("step 6 of 6");
            String review = h.flat();
            assertThat(review).contains("PASS role").contains("PASS output").doesNotContain("FAIL");
            java.util.regex.Matcher named = java.util.regex.Pattern.compile("PASS request: (alice-xgboost-\\d{8}-\\d{6}-[a-z0-9]{4})").matcher(review);
            assertThat(named.find()).as("the review names the job:\n" + review).isTrue();
            String reviewedName = named.group(1);

            h.press("<Enter>");
            List<TrainingJob> mine = jobs.list(JobScope.MINE).stream().filter(j -> j.backend() == Backend.SAGEMAKER).toList();
            assertThat(mine).extracting(TrainingJob::name).containsExactly(reviewedName);
            TrainingJob job = jobs.describe(reviewedName);
            assertThat(job.tags()).containsEntry("owner", "alice");
            assertThat(job.channels()).extracting(c -> c.name()).contains("train", "validation");
            assertThat(moto.s3().keys(LaunchOnMotoTest.BUCKET)).anyMatch(k -> k.contains(reviewedName + "/input/train/"));
            assertThat(h.state().list().selected()).isEqualTo(reviewedName);
        }
    }
}
