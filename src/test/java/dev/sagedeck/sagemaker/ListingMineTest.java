package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.ScriptedAws;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which calls "my jobs" costs and what the requests look like, against the scripted endpoint, which
 * evaluates Search expressions (And/Or, sub-expressions, one Contains) and pages like AWS.
 */
class ListingMineTest {
    private ScriptedAws aws;
    private AwsConnection connection;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        connection = AwsTestSupport.connect(aws.endpoint());
        // 250 colleagues' jobs (5 decoys named carol-alice-N), 130 of mine: 70 by tag only, 40 by name only, 20 by both
        for (int i = 0; i < 380; i++) {
            if (i % 3 == 0 && i / 3 < 70) {
                aws.sageMaker().addJob("exp-" + i).tag("owner", "alice");
            } else if (i % 3 == 1 && i / 3 < 40) {
                aws.sageMaker().addJob("alice-run-" + i);
            } else if (i % 3 == 2 && i / 3 < 20) {
                aws.sageMaker().addJob("alice-both-" + i).tag("owner", "alice");
            } else {
                // a few decoys whose names contain "alice-" without starting with it
                String name = (i % 50 == 1 ? "carol-alice-" : i % 2 == 0 ? "bob-" : "carol-") + i;
                aws.sageMaker().addJob(name).tag("owner", name.startsWith("bob") ? "bob" : "carol");
            }
        }
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
    }

    private static long mineIn(List<TrainingJob> jobs) {
        return jobs.stream().filter(AwsTestSupport.ALICE::isMine).count();
    }

    @Test
    void mine_isOneSearchExpressionTagOrPrefix_everyPageFollowed_newestFirst() {
        List<TrainingJob> mine = AwsTestSupport.jobs(connection).list(JobScope.MINE);

        assertThat(mine).hasSize(130);
        assertThat(mineIn(mine)).isEqualTo(130);
        assertThat(mine).extracting(j -> j.timing().created()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(mine).extracting(TrainingJob::name).doesNotHaveDuplicates()
                .noneMatch(n -> n.startsWith("carol-alice-")); // "Contains alice-" is not "starts with alice-"
        assertThat(aws.count("Search")).as("135 hits (5 decoys) at 100 a page").isEqualTo(2);
        assertThat(aws.count("ListTrainingJobs") + aws.count("DescribeTrainingJob") + aws.count("ListTags")).isZero();

        JsonNode request = aws.requests("Search").get(0).body();
        assertThat(request.path("MaxResults").asInt()).isEqualTo(100);
        assertThat(request.path("SearchExpression").path("Operator").asText()).isEqualTo("Or");
        assertThat(request.path("SearchExpression").path("SubExpressions").toString())
                .contains("{\"Name\":\"Tags.owner\",\"Operator\":\"Equals\",\"Value\":\"alice\"}")
                .contains("{\"Name\":\"TrainingJobName\",\"Operator\":\"Contains\",\"Value\":\"alice-\"}");
        assertThat(aws.requests("Search").get(1).body().path("NextToken").asText()).isEqualTo("100");
    }

    @Test
    void searchFromTheListing_carriesTagsAndDetails_soNoDescribeIsNeeded() {
        TrainingJob tagged = AwsTestSupport.jobs(connection).list(JobScope.MINE).stream()
                .filter(j -> j.name().equals("exp-0")).findFirst().orElseThrow();

        assertThat(AwsTestSupport.ALICE.ownerOf(tagged)).isEqualTo("alice");
        assertThat(tagged.tags()).containsEntry("owner", "alice");
        assertThat(tagged.resources().instanceType()).isEqualTo("ml.m5.xlarge");
    }

    @Test
    void serviceRejectingTheCombinedExpression_fallsBackToTwoSearches_sameJobs() {
        aws.sageMaker().rejectSubExpressions(true);
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);

        List<TrainingJob> mine = jobs.list(JobScope.MINE);

        assertThat(mine).hasSize(130).extracting(TrainingJob::name).doesNotHaveDuplicates();
        assertThat(jobs.listingPlan()).isEqualTo("SPLIT");
        aws.clearRequests();
        jobs.list(JobScope.MINE);
        assertThat(aws.count("Search")).as("tag search: 90 hits, name search: 65 hits, one page each").isEqualTo(2);
    }

    @Test
    void serverIgnoringTheCombinedExpression_isNoticedOnTheFirstPage_andSplitIsRememberedOnDisk(@TempDir Path cache) {
        aws.sageMaker().ignoreSubExpressions(true);
        SageMakerTrainingJobs first = new SageMakerTrainingJobs(connection, AwsTestSupport.ALICE, cache, Clock.systemUTC());

        assertThat(first.list(JobScope.MINE)).hasSize(130);
        assertThat(first.listingPlan()).isEqualTo("SPLIT");
        assertThat(aws.requests("Search")).filteredOn(r -> r.body().path("SearchExpression").has("SubExpressions"))
                .as("the ignored expression is caught on page one, not after paging the whole account").hasSize(1);
        assertThat(aws.count("Search")).isEqualTo(1 + 2);

        aws.clearRequests();
        SageMakerTrainingJobs nextProcess = new SageMakerTrainingJobs(connection, AwsTestSupport.ALICE, cache,
                Clock.systemUTC());
        assertThat(nextProcess.list(JobScope.MINE)).hasSize(130);
        assertThat(aws.count("Search")).isEqualTo(2);
        assertThat(aws.requests("Search")).noneMatch(r -> r.body().path("SearchExpression").has("SubExpressions"));
    }

    @Test
    void searchDenied_fallsBackToListingByNamePrefix_throughEmptyPages_andSaysWhatItCannotSee() {
        aws.faults().always("Search", 400, "AccessDeniedException", "not authorized to perform: sagemaker:Search");
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);

        List<TrainingJob> mine = jobs.list(JobScope.MINE);

        assertThat(jobs.listingPlan()).isEqualTo("NAME_ONLY_LIST");
        assertThat(mine).extracting(TrainingJob::name).allMatch(n -> n.startsWith("alice-")).hasSize(60);
        assertThat(aws.count("ListTrainingJobs")).as("380 jobs at 100 a page").isEqualTo(4);
        assertThat(aws.requests("ListTrainingJobs")).allSatisfy(r ->
                assertThat(r.body().path("NameContains").asText()).isEqualTo("alice-"));
        aws.clearRequests();
        jobs.list(JobScope.MINE);
        assertThat(aws.count("Search")).as("a denied Search is not retried every refresh").isZero();
    }

    @Test
    void allJobs_isListTrainingJobsOnly_withOwnersFromTagsAlreadySeen() {
        SageMakerTrainingJobs jobs = AwsTestSupport.jobs(connection);
        jobs.list(JobScope.MINE);
        aws.clearRequests();

        List<TrainingJob> all = jobs.list(JobScope.ALL);

        assertThat(all).hasSize(380);
        assertThat(aws.count("ListTrainingJobs")).isEqualTo(4);
        assertThat(aws.requests()).hasSize(4);
        assertThat(mineIn(all)).isEqualTo(130);
        assertThat(all).extracting(j -> j.timing().created()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void unknownOwner_listsNothingAndCallsNothing() {
        SageMakerTrainingJobs nobody = new SageMakerTrainingJobs(connection, dev.sagedeck.domain.Ownership.of(null),
                null, java.time.Clock.systemUTC());

        assertThat(nobody.list(JobScope.MINE)).isEmpty();
        assertThat(aws.requests()).isEmpty();
    }
}
