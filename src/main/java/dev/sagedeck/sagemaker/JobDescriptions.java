package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTagsResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * A job's full AWS description: DescribeTrainingJob plus ListTags (Describe has no tags), as one
 * JSON tree. Finished jobs come from the {@link FinishedJobCache}; a running job is described
 * fresh, except that a log follower may reuse a description a few seconds old. Also remembers
 * every job's tags seen so far, to mark owners in the everyone's-jobs list.
 */
final class JobDescriptions implements MineListing.Tags {
    /** SageMaker's job-name rule; anything else cannot be a SageMaker job, so no call is made. */
    private static final Pattern JOB_NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");

    private record Seen(ObjectNode description, Instant at) {}

    private final AwsConnection aws;
    private final FinishedJobCache finished;
    private final Clock clock;
    private final Map<String, Seen> running = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> knownTags = new ConcurrentHashMap<>();

    /** @param cacheDir where finished jobs are kept on disk, or null for memory only */
    JobDescriptions(AwsConnection aws, Path cacheDir, Clock clock) {
        this.aws = aws;
        this.finished = new FinishedJobCache(cacheDir);
        this.clock = clock;
    }

    /** NOT_FOUND, without a call, for a name SageMaker would never accept. */
    static void checkName(String name) {
        if (name == null || !JOB_NAME.matcher(name).matches()) {
            throw BackendException.noSuchJob(name);
        }
    }

    /** The description: cached when the job is final, else fetched now. */
    ObjectNode fresh(String name) {
        checkName(name);
        var cached = finished.get(name);
        if (cached.isPresent()) {
            return cached.get();
        }
        DescribeTrainingJobResponse r;
        try {
            r = aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "DescribeTrainingJob",
                    () -> aws.sageMaker().describeTrainingJob(b -> b.trainingJobName(name)));
        } catch (BackendException e) {
            throw notFoundIfMissing(e, name);
        }
        ObjectNode tree = SdkJson.tree(r);
        Map<String, String> tags = tags(r.trainingJobArn());
        if (tags != null) {
            withTags(tree, tags);
            knownTags.put(name, tags);
        }
        if (JobStatus.of(r.trainingJobStatusAsString()).isFinal()) {
            finished.put(name, tree);
            running.remove(name);
        } else {
            running.put(name, new Seen(tree, clock.instant()));
        }
        return tree;
    }

    /** A running job's description at most {@code maxAge} old (log following), else {@link #fresh}. */
    ObjectNode recent(String name, Duration maxAge) {
        Seen seen = running.get(name);
        if (seen != null && seen.at().plus(maxAge).isAfter(clock.instant())) {
            return seen.description();
        }
        return fresh(name);
    }

    /** Forgets a running job's last description (after a stop, its status is about to change). */
    void forget(String name) {
        running.remove(name);
    }

    /** Tags seen for a job, from a describe or a Search record; null when never seen. */
    Map<String, String> knownTags(String name) {
        return knownTags.get(name);
    }

    /** Tags of a job, remembered or asked with ListTags (then remembered); null when ListTags is denied. */
    @Override
    public Map<String, String> tagsOf(String name, String arn) {
        Map<String, String> known = knownTags.get(name);
        if (known != null || arn == null) {
            return known;
        }
        Map<String, String> asked = tags(arn);
        if (asked != null) {
            knownTags.put(name, asked);
        }
        return asked;
    }

    @Override
    public void rememberTags(String name, Map<String, String> tags) {
        knownTags.put(name, tags);
    }

    /** Every tag of the job, or null when ListTags is denied (whose the job is is then unknown). */
    private Map<String, String> tags(String arn) {
        return tags(aws, arn);
    }

    /** Every tag of a SageMaker resource (a training or tuning job), all pages; null when ListTags is denied. */
    static Map<String, String> tags(AwsConnection aws, String arn) {
        Map<String, String> out = new LinkedHashMap<>();
        String token = null;
        try {
            do {
                String next = token;
                ListTagsResponse page = aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "ListTags",
                        () -> aws.sageMaker().listTags(b -> b.resourceArn(arn).maxResults(100).nextToken(next)));
                for (Tag t : page.tags()) {
                    out.put(t.key(), t.value());
                }
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        } catch (BackendException e) {
            if (e.kind() == Kind.DENIED) {
                return null;
            }
            throw e;
        }
        return out;
    }

    static void withTags(ObjectNode tree, Map<String, String> tags) {
        ArrayNode a = tree.putArray("Tags");
        tags.forEach((k, v) -> a.addObject().put("Key", k).put("Value", v));
    }

    /** SageMaker answers an unknown job with ValidationException "... not found" / "Could not find ...". */
    static BackendException notFoundIfMissing(BackendException e, String name) {
        String m = e.getMessage();
        boolean missing = e.kind() == Kind.NOT_FOUND || e.kind() == Kind.INVALID
                && (m.contains("not found") || m.contains("Could not find") || m.contains("does not exist"));
        return missing ? BackendException.noSuchJob(name, e) : e;
    }
}
