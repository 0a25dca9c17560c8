package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;

/**
 * Benchmark harness (not a test): "list my jobs" through the adapter versus a naive client that
 * lists every job and asks ListTags for each, against a moto_server seeded by bench/seed_moto.py.
 * Run by bench/list-mine.sh. Prints a markdown table; "once" mode lists mine a single time and
 * prints them as JSON lines, for a whole-process timing next to the aws CLI.
 */
public final class ListMineBenchmark {
    private ListMineBenchmark() {}

    public static void main(String[] args) throws java.io.IOException {
        URI endpoint = URI.create(args[0]);
        String mode = args.length > 1 ? args[1] : "table";
        Ownership me = Ownership.of("alice");
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        try (AwsConnection aws = AwsConnection.open(new AwsOptions(null, "us-east-1", endpoint.toString(), env),
                AwsTuning.DEFAULTS)) {
            if (mode.equals("once")) {
                // like `sagedeck jobs --json`: one process, one listing, with the state dir given as args[2]
                Path cache = Path.of(args[2]);
                for (TrainingJob j : new SageMakerTrainingJobs(aws, me, cache, Clock.systemUTC()).list(JobScope.MINE)) {
                    System.out.println("{\"name\":\"" + j.name() + "\",\"status\":\"" + j.status() + "\"}");
                }
                return;
            }
            System.out.println("| method | found | API calls | wall time (ms) |");
            System.out.println("|---|---|---|---|");
            adapter(aws, me, Files.createTempDirectory("sagedeck-bench-cache"));
            naive(endpoint, me);
        }
    }

    /** The production path: COMBINED first; against moto it is found out once and SPLIT is remembered. */
    private static void adapter(AwsConnection aws, Ownership me, Path cache) {
        List<Long> times = new ArrayList<>();
        List<Long> calls = new ArrayList<>();
        int found = 0;
        for (int run = 0; run < 6; run++) {
            long before = aws.callCounts().values().stream().mapToLong(Long::longValue).sum();
            long t = System.nanoTime();
            found = new SageMakerTrainingJobs(aws, me, cache, Clock.systemUTC()).list(JobScope.MINE).size();
            times.add((System.nanoTime() - t) / 1_000_000);
            calls.add(aws.callCounts().values().stream().mapToLong(Long::longValue).sum() - before);
        }
        System.out.printf("| sagedeck adapter, first listing with an empty state dir (combined Search tried; "
                + "moto ignores it, so the adapter splits and remembers) | %d | %d | %d |%n", found, calls.get(0), times.get(0));
        List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
        warm.sort(Long::compare);
        System.out.printf("| sagedeck adapter, every later listing (two Searches) | %d | %d | %d (median of 5; min %d, max %d) |%n",
                found, calls.get(1), warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1));
    }

    /** What a simple client does: every job, then the tags of every job, then filter. */
    private static void naive(URI endpoint, Ownership me) {
        try (SageMakerClient sm = SageMakerClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            long t = System.nanoTime();
            int calls = 0;
            List<TrainingJobSummary> all = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                ListTrainingJobsResponse page = sm.listTrainingJobs(r -> r.maxResults(100).nextToken(next));
                calls++;
                all.addAll(page.trainingJobSummaries());
                token = page.nextToken();
            } while (token != null);
            int mine = 0;
            int tagHits = 0;
            int combinedHits = 0;
            int nameHits = 0;
            for (TrainingJobSummary s : all) {
                List<Tag> tags = sm.listTags(r -> r.resourceArn(s.trainingJobArn()).maxResults(100)).tags();
                calls++;
                boolean tagged = tags.stream().anyMatch(x -> x.key().equals(me.tagKey()) && x.value().equals(me.owner()));
                boolean named = s.trainingJobName().contains(me.namePrefix());
                mine += tagged || s.trainingJobName().startsWith(me.namePrefix()) ? 1 : 0;
                tagHits += tagged ? 1 : 0;
                nameHits += named ? 1 : 0;
                combinedHits += tagged || named ? 1 : 0;
            }
            long ms = (System.nanoTime() - t) / 1_000_000;
            System.out.printf("| naive: ListTrainingJobs (100/page) + ListTags per job | %d | %d | %d (one run) |%n",
                    mine, calls, ms);
            System.out.println();
            System.out.printf("jobs in account: %d; server-side hits: tag %d, name-contains %d, tag OR name %d%n",
                    all.size(), tagHits, nameHits, combinedHits);
            System.out.printf("calls on real AWS at 100 results a page: COMBINED %d, SPLIT %d, naive %d%n",
                    pages(combinedHits), pages(tagHits) + pages(nameHits), pages(all.size()) + all.size());
        }
    }

    private static int pages(int hits) {
        return Math.max(1, (hits + 99) / 100);
    }
}
