package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.BooleanOperator;
import software.amazon.awssdk.services.sagemaker.model.Filter;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.Operator;
import software.amazon.awssdk.services.sagemaker.model.ResourceType;
import software.amazon.awssdk.services.sagemaker.model.SearchExpression;
import software.amazon.awssdk.services.sagemaker.model.SearchRecord;
import software.amazon.awssdk.services.sagemaker.model.SearchResponse;
import software.amazon.awssdk.services.sagemaker.model.SearchSortOrder;
import software.amazon.awssdk.services.sagemaker.model.SortBy;
import software.amazon.awssdk.services.sagemaker.model.SortOrder;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;

/**
 * Finds my jobs with as few calls as the service allows. First choice: ONE Search whose expression
 * is "owner tag Equals me OR name Contains my prefix" (two sub-expressions joined by Or, one
 * Contains in total), every page followed. If the service rejects that expression, or answers with
 * jobs that match neither part (it ignored the expression), two Searches with one filter each,
 * merged. If Search is denied: ListTrainingJobs with NameContains, which finds jobs by name prefix
 * only — it cannot see jobs that carry just my tag (that would take a ListTags per job in the
 * account) — and one ListTags per candidate (remembered), since a job named like mine is still
 * not mine when its owner tag names someone else. Every result is checked again on our side with
 * {@link Ownership#isMine}, since Contains is not starts-with and a server may ignore parts of an
 * expression.
 */
final class MineListing {
    /** How mine is found; moves down the list when the service refuses a plan, never back up. */
    enum Plan { COMBINED, SPLIT, NAME_ONLY_LIST }

    static final int PAGE = 100;
    private static final Pattern NAME_CONTAINS = Pattern.compile("[a-zA-Z0-9\\-]{1,63}");

    /** Where job tags are remembered: every record seen teaches whose a job is, mine or not. */
    interface Tags {
        /** A job's tags by name and ARN (remembered or ListTags), null when they cannot be read. */
        Map<String, String> tagsOf(String name, String arn);

        void rememberTags(String name, Map<String, String> tags);
    }

    private final AwsConnection aws;
    private final Path planFile;
    private final Tags tags;
    private volatile Plan plan;

    /**
     * @param planFile where to remember that an endpoint does not honour the combined expression
     *                 (so the next process does not pay for finding out again); null to not remember
     */
    MineListing(AwsConnection aws, Plan start, Path planFile, Tags tags) {
        this.aws = aws;
        this.planFile = planFile;
        this.tags = tags;
        this.plan = start == Plan.COMBINED && remembered(planFile) ? Plan.SPLIT : start;
    }

    Plan plan() {
        return plan;
    }

    /**
     * My jobs as AWS JSON trees: Search records (tags included) or, on the fallback, summaries.
     * Newest first, each job once.
     */
    List<ObjectNode> find(Ownership me) {
        if (!me.known()) {
            return List.of();
        }
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        if (plan == Plan.COMBINED) {
            try {
                if (!search(combined(me), found, n -> matchesEither(n, me))) {
                    // The answer holds jobs that match neither filter: this endpoint ignored the
                    // expression (moto ignores SubExpressions) and would send the whole account.
                    switchToSplit();
                    found.clear();
                }
            } catch (BackendException e) {
                plan = next(e, Plan.SPLIT);
                found.clear();
            }
        }
        if (plan == Plan.SPLIT) {
            try {
                search(expression(tagFilter(me)), found, null);
                if (hasPrefix(me)) {
                    search(expression(nameFilter(me)), found, null);
                }
            } catch (BackendException e) {
                plan = next(e, Plan.NAME_ONLY_LIST);
                found.clear();
            }
        }
        if (plan == Plan.NAME_ONLY_LIST) {
            listByName(me, found);
        }
        List<ObjectNode> mine = new ArrayList<>();
        for (ObjectNode n : found.values()) {
            if (tags != null && n.has("Tags")) {
                // a colleague's job named like mine is learnt here too, so the all-jobs list says whose it is
                tags.rememberTags(n.path("TrainingJobName").asText(), SageMakerJobMapper.tags(n));
            }
            if (me.isMine(SageMakerJobMapper.toJob(n))) {
                mine.add(n);
            }
        }
        mine.sort((a, b) -> b.path("CreationTime").asText().compareTo(a.path("CreationTime").asText()));
        return mine;
    }

    /** What the combined expression asks the server for: my tag, or my prefix anywhere in the name. */
    private static boolean matchesEither(ObjectNode n, Ownership me) {
        return me.owner().equals(SageMakerJobMapper.tags(n).get(me.tagKey()))
                || hasPrefix(me) && n.path("TrainingJobName").asText().contains(me.namePrefix());
    }

    private void switchToSplit() {
        plan = Plan.SPLIT;
        if (planFile != null) {
            try {
                Files.createDirectories(planFile.getParent());
                Files.writeString(planFile, Plan.SPLIT.name() + "\n");
            } catch (IOException e) {
                // only an optimisation for the next process
            }
        }
    }

    private static boolean remembered(Path planFile) {
        try {
            return planFile != null && Files.isRegularFile(planFile)
                    && Files.readString(planFile).trim().equals(Plan.SPLIT.name());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Search refused because the expression is invalid: try the simpler plan. Denied: fall back to
     * listing. Anything else (throttling, network) is not the plan's fault: pass it on.
     */
    private static Plan next(BackendException e, Plan simpler) {
        if (e.kind() == Kind.INVALID) {
            return simpler;
        }
        if (e.kind() == Kind.DENIED) {
            return Plan.NAME_ONLY_LIST;
        }
        throw e;
    }

    /**
     * Follows every page. With {@code honoured} set, stops at the first record that does not
     * satisfy it and returns false: the server did not apply the expression.
     */
    private boolean search(SearchExpression expression, Map<String, ObjectNode> found, Predicate<ObjectNode> honoured) {
        String token = null;
        do {
            String next = token;
            SearchResponse page = aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "Search",
                    () -> aws.sageMaker().search(r -> r.resource(ResourceType.TRAINING_JOB)
                            .searchExpression(expression).sortBy("CreationTime")
                            .sortOrder(SearchSortOrder.DESCENDING).maxResults(PAGE).nextToken(next)));
            for (SearchRecord rec : page.results()) {
                if (rec.trainingJob() != null) {
                    ObjectNode tree = SdkJson.tree(rec.trainingJob());
                    if (!tree.has("Tags")) {
                        tree.putArray("Tags"); // a Search record always carries the job's tags: none here
                    }
                    if (honoured != null && !honoured.test(tree)) {
                        return false;
                    }
                    found.putIfAbsent(tree.path("TrainingJobName").asText(), tree);
                }
            }
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return true;
    }

    private void listByName(Ownership me, Map<String, ObjectNode> found) {
        String contains = hasPrefix(me) && NAME_CONTAINS.matcher(me.namePrefix()).matches() ? me.namePrefix() : null;
        for (TrainingJobSummary s : listAll(contains)) {
            if (!hasPrefix(me) || !s.trainingJobName().startsWith(me.namePrefix())) {
                continue; // Contains is not starts-with
            }
            ObjectNode tree = SdkJson.tree(s);
            Map<String, String> t = tags == null ? null : tags.tagsOf(s.trainingJobName(), s.trainingJobArn());
            if (t != null) {
                JobDescriptions.withTags(tree, t);
            }
            found.putIfAbsent(s.trainingJobName(), tree);
        }
    }

    /** Every ListTrainingJobs page, following NextToken even through empty pages (filters apply after paging). */
    List<TrainingJobSummary> listAll(String nameContains) {
        List<TrainingJobSummary> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListTrainingJobsResponse page = aws.call(AwsConnection.Budget.LIST, AwsService.SAGEMAKER,
                    "ListTrainingJobs", () -> aws.sageMaker().listTrainingJobs(r -> r.maxResults(PAGE)
                            .sortBy(SortBy.CREATION_TIME).sortOrder(SortOrder.DESCENDING)
                            .nameContains(nameContains).nextToken(next)));
            out.addAll(page.trainingJobSummaries());
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return out;
    }

    private static boolean hasPrefix(Ownership me) {
        return me.namePrefix() != null && !me.namePrefix().isEmpty();
    }

    private static Filter tagFilter(Ownership me) {
        return Filter.builder().name("Tags." + me.tagKey()).operator(Operator.EQUALS).value(me.owner()).build();
    }

    private static Filter nameFilter(Ownership me) {
        return Filter.builder().name("TrainingJobName").operator(Operator.CONTAINS).value(me.namePrefix()).build();
    }

    private static SearchExpression expression(Filter f) {
        return SearchExpression.builder().filters(f).build();
    }

    /** "tag = me OR name contains prefix" as two sub-expressions, so each keeps its own single filter. */
    static SearchExpression combined(Ownership me) {
        if (!hasPrefix(me)) {
            return expression(tagFilter(me));
        }
        return SearchExpression.builder().operator(BooleanOperator.OR)
                .subExpressions(expression(tagFilter(me)), expression(nameFilter(me))).build();
    }
}
