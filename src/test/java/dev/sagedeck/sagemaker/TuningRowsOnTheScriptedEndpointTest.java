package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.Price;
import dev.sagedeck.port.TransferProgress;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.testing.ScriptedAws;
import dev.sagedeck.testing.ScriptedAwsTuning;
import dev.sagedeck.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SageMaker tuning jobs in the dashboard's list, through the real SDK on the scripted endpoint (moto
 * has no ListTrainingJobsForHyperParameterTuningJob or StopHyperParameterTuningJob): mine only, one
 * row each, its training jobs paged in when expanded, and S stops the whole search, guarded and audited.
 */
class TuningRowsOnTheScriptedEndpointTest {
    static final String CHILDREN = "SageMaker.ListTrainingJobsForHyperParameterTuningJob";
    private ScriptedAws aws;
    private ScriptedAwsTuning.Job mine;
    /** The tuning adapter's clock: a walk of training jobs answers again for 2 s of it. */
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-26T12:00:00Z"));

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        ScriptedAwsTuning tuning = new ScriptedAwsTuning(aws);
        mine = tuning.add("alice-tune-1").tag("owner", "alice");
        for (int depth : new int[] {3, 9, 5, 4, 8, 6, 7, 3, 5, 9, 4, 6}) mine.child(depth);
        tuning.add("alice-tune-bobs").tag("owner", "bob").child(3); // named like mine, tagged bob's
        tuning.add("alice-tune-empty").tag("owner", "alice"); // no training job yet
        // a training job the Search finds with its TuningJobArn: folded under its search with no call of its own
        aws.sageMaker().addJob("alice-tune-1-013-abcdef12").tag("owner", "alice").tuningJob(mine.arn());
        // named like a training job of alice-tune-1, launched by nothing
        aws.sageMaker().addJob("alice-tune-1-lookalike").tag("owner", "alice");
        // launched by a tuning job that is not mine or not there: an ordinary row
        aws.sageMaker().addJob("alice-orphan-1").tag("owner", "alice")
                .tuningJob("arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/bob-tune-9");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    ScreenHarness dashboard() {
        AwsConnection connection = AwsTestSupport.connect(aws.endpoint(), AwsTestSupport.PATIENT);
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        SageMakerTuningJobs searches = new SageMakerTuningJobs(connection, () -> AwsTestSupport.ALICE, () -> null,
                type -> Optional.of(new Price(type, 0.115, "test price")), clock, TransferProgress.NONE);
        jobs.list(JobScope.MINE); // the SDK's first call is slow on a loaded machine: not the dashboard's
        return ScreenHarness.start(140, 40, jobs, ScreenHarness.session("alice", false),
                new Services(null, null, null).withSearches(List.of(searches)));
    }

    /** The names in the list's rows (the signals banner and the selected job's pane name jobs too), without the signal mark. */
    static List<String> listed(ScreenHarness h) {
        List<String> names = new java.util.ArrayList<>();
        for (String line : h.text().split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| NAME")) {
                String cell = line.substring(2, Math.min(line.length(), 36)).strip().replaceFirst("^! ", "");
                if (!cell.isEmpty()) {
                    names.add(cell);
                }
            }
        }
        return names;
    }

    static void select(ScreenHarness h, String name) {
        h.press("g");
        for (int i = 0; i < 30 && !name.equals(h.state().list().selected()); i++) {
            h.press("<Down>");
        }
        assertThat(h.state().list().selected()).isEqualTo(name);
    }

    @Test
    void myTuningJobs_areOneRowEach_theirTrainingJobsFolded_andOnlyAnExpandedOneListsThem() {
        try (ScreenHarness h = dashboard()) {
            assertThat(listed(h)).contains("[+] alice-tune-1", "[+] alice-tune-empty", "alice-tune-1-lookalike", "alice-orphan-1")
                    .noneMatch(r -> r.contains("alice-tune-bobs") || r.contains("alice-tune-1-013"));
            assertThat(h.line(h.row("[+] alice-tune-1 "))).contains("12 running of 12").contains("$");
            assertThat(h.line(h.row("[+] alice-tune-empty "))).contains("0 of 12");
            select(h, "alice-tune-1");
            clock.advance(Duration.ofSeconds(10)); // the listing's walk (for the cost) is no longer fresh
            int before = aws.count(CHILDREN);

            h.press("<Right>");

            assertThat(aws.count(CHILDREN) - before).as("one walk of 12 training jobs, 5 a page").isEqualTo(3);
            int row = h.row("[-] alice-tune-1 ");
            for (int i = 1; i <= 13; i++) {
                assertThat(h.line(row + i)).matches("\\|     (! )?alice-tune-1-0.*"); // ! : a signal not yet looked at
            }
            assertThat(h.line(row + 14)).doesNotContainPattern("\\|     (! )?alice-tune-1-0");
            assertThat(listed(h)).contains("alice-tune-1-013-abcdef12", "alice-tune-1-lookalike");

            // a refresh: the listing walks the running search's training jobs once for its cost, and the
            // expanded row asked right after it gets that walk: one walk per refresh, not two
            clock.advance(Duration.ofSeconds(10));
            int beforeRefresh = aws.count(CHILDREN);
            h.tick(Duration.ofSeconds(20));
            assertThat(aws.count(CHILDREN) - beforeRefresh).isEqualTo(3);
            assertThat(h.line(h.row("[-] alice-tune-1 ") + 13)).matches("\\|     (! )?alice-tune-1-0.*");
        }
    }

    @Test
    void theTuningViewOfMyRunningTuningJob_walksItsTrainingJobsOncePerRefresh_evenWhenTheWalkIsSlow() {
        try (ScreenHarness h = dashboard()) {
            select(h, "alice-tune-1");
            h.press("t");
            assertThat(h.state().tuning().children()).hasSize(12);
            // a loaded machine or a far region: each page of the walk takes a second, the walk longer than the 2 s it is reused for
            ScriptedAws.Handler pages = aws.handler(CHILDREN);
            aws.on(CHILDREN, req -> {
                clock.advance(Duration.ofSeconds(1));
                return pages.handle(req);
            });
            mine.completeChildren();
            clock.advance(Duration.ofSeconds(10)); // the last walk is no longer fresh
            int before = aws.count(CHILDREN);

            h.tick(Duration.ofSeconds(10)); // the view is due (a SageMaker search is read every 10 s), and the list with it

            assertThat(aws.count(CHILDREN) - before).as("one walk of 12 training jobs, 5 a page: the cost and the rows from it").isEqualTo(3);
            assertThat(h.text()).contains("12/12 done (12 completed)").contains("best 0.7900");
        }
    }

    @Test
    void S_onMyRunningTuningJob_saysItsRunningTrainingJobsAndCost_thenStopsTheWholeSearch_once_audited() {
        try (ScreenHarness h = dashboard()) {
            select(h, "alice-tune-1");

            h.press("S");
            assertThat(h.flat()).contains("Stop tuning job").contains("12 of its training jobs running, $").contains("so far");
            h.press("ne-1<Enter>");

            assertThat(aws.count("SageMaker.StopHyperParameterTuningJob")).isEqualTo(1);
            assertThat(mine.status()).isEqualTo("Stopping");
            assertThat(h.audit()).singleElement().satisfies(e -> {
                assertThat(e.job()).isEqualTo("alice-tune-1");
                assertThat(e.where()).isEqualTo("sagemaker");
                assertThat(e.decision()).isEqualTo("stopped");
            });
            assertThat(h.line(h.row("[+] alice-tune-1 "))).contains("Stopping");

            h.press("S"); // no longer running: refused without a dialog, and on record
            assertThat(aws.count("SageMaker.StopHyperParameterTuningJob")).isEqualTo(1);
            assertThat(h.audit()).hasSize(2).last().satisfies(e -> assertThat(e.decision()).isEqualTo("refused"));
        }
    }

    @Test
    void aStopOfMyTuningJobThatAwsRefuses_saysStopTuningJob_notTrainingJob_andIsAFailedAttemptOnRecord() {
        aws.faults().always("StopHyperParameterTuningJob", 400, "AccessDeniedException",
                "not authorized to perform: sagemaker:StopHyperParameterTuningJob");
        try (ScreenHarness h = dashboard()) {
            select(h, "alice-tune-1");

            h.press("S");
            h.press("ne-1<Enter>");

            assertThat(h.flat()).contains("Stop tuning job").contains("Could not stop alice-tune-1").doesNotContain("Stop training job");
            assertThat(h.state().modal()).isInstanceOfSatisfying(dev.sagedeck.app.Modal.Message.class, m -> {
                assertThat(m.title()).isEqualTo("Stop tuning job");
                assertThat(m.text()).contains("not authorized to perform: sagemaker:StopHyperParameterTuningJob");
            });
            assertThat(mine.status()).isEqualTo("InProgress");
            assertThat(h.audit()).singleElement().satisfies(e -> assertThat(e.decision()).isEqualTo("failed"));
        }
    }
}
