package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.domain.RunTags;
import dev.sagedeck.sagemaker.IamActions.Grant;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The attribute-based IAM policy that makes sagedeck's ownership rule real in a shared account:
 * everyone may read what sagedeck reads; a user may create training jobs only carrying their own
 * owner tag, stop only jobs whose owner tag is theirs, and never re-tag a colleague's job. "Theirs"
 * is {@code ${aws:username}} for IAM users, or {@code ${aws:PrincipalTag/KEY}} for SSO and role
 * sessions. The actions come from {@link IamActions}, the one list.
 */
public final class IamPolicy {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** SageMaker's default buckets, when no bucket is named. */
    static final String DEFAULT_BUCKET = "sagemaker-*";
    static final String DEFAULT_ROLE = "arn:aws:iam::*:role/*SageMaker*";
    private static final String TRAINING_JOB = "arn:aws:sagemaker:*:*:training-job/*";
    private static final String TUNING_JOB = "arn:aws:sagemaker:*:*:hyper-parameter-tuning-job/*";
    private static final String LIST_BUCKET = "s3:ListBucket";
    private static final String PASS_ROLE = "iam:PassRole";

    /**
     * @param readOnly     observers: only the read statements
     * @param buckets      S3 buckets sagedeck may use (data, code, models); empty: SageMaker's default buckets
     * @param roleArn      the training role users may pass to SageMaker; null: any role with SageMaker in its name
     * @param principalTag null for IAM users ({@code aws:username}), else the session tag naming the owner
     * @param ownerTag     the job tag that names the owner (sagedeck's {@code owner.tag}, default {@code owner})
     */
    public record Options(boolean readOnly, List<String> buckets, String roleArn, String principalTag, String ownerTag) {}

    private IamPolicy() {}

    /** The policy document as indented JSON. */
    public static String json(Options o) {
        try {
            return JSON.writeValueAsString(document(o));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode document(Options o) {
        String me = o.principalTag() == null || o.principalTag().isBlank() ? "${aws:username}"
                : "${aws:PrincipalTag/" + o.principalTag() + "}";
        String tag = o.ownerTag() == null || o.ownerTag().isBlank() ? "owner" : o.ownerTag();
        List<String> buckets = o.buckets() == null || o.buckets().isEmpty() ? List.of(DEFAULT_BUCKET) : o.buckets();
        ObjectNode doc = JSON.createObjectNode().put("Version", "2012-10-17");
        ArrayNode st = doc.putArray("Statement");
        List<String> bucketArns = buckets.stream().map(b -> "arn:aws:s3:::" + b).toList();
        List<String> objectArns = buckets.stream().map(b -> "arn:aws:s3:::" + b + "/*").toList();
        List<String> s3Read = IamActions.of(Grant.READ_S3);
        statement(st, "SagedeckReadJobs", IamActions.of(Grant.READ_JOBS), List.of("*"));
        statement(st, "SagedeckReadTrainingLogs", IamActions.of(Grant.READ_LOGS),
                List.of("arn:aws:logs:*:*:log-group:/aws/sagemaker/TrainingJobs", "arn:aws:logs:*:*:log-group:/aws/sagemaker/TrainingJobs:*"));
        statement(st, "SagedeckPricesAndIdentity", IamActions.of(Grant.READ_OTHER), List.of("*"));
        statement(st, "SagedeckListChosenBuckets", s3Read.stream().filter(LIST_BUCKET::equals).toList(), bucketArns);
        statement(st, "SagedeckReadChosenBuckets", s3Read.stream().filter(a -> !a.equals(LIST_BUCKET)).toList(), objectArns);
        if (o.readOnly()) {
            return doc;
        }
        ObjectNode c = statement(st, "SagedeckCreateOnlyWithMyOwnerTag", IamActions.of(Grant.CREATE_JOBS), List.of(TRAINING_JOB))
                .putObject("Condition");
        c.putObject("StringEquals").put("aws:RequestTag/" + tag, me);
        c.putObject("ForAllValues:StringEquals").putArray("aws:TagKeys").add(tag).add(RunTags.PRESET).add(RunTags.LABEL);
        statement(st, "SagedeckStopOnlyMyJobs", IamActions.of(Grant.STOP_JOBS), List.of(TRAINING_JOB))
                .putObject("Condition").putObject("StringEquals").put("aws:ResourceTag/" + tag, me);
        ObjectNode ct = statement(st, "SagedeckCreateTuningOnlyWithMyOwnerTag", IamActions.of(Grant.CREATE_TUNING), List.of(TUNING_JOB))
                .putObject("Condition");
        ct.putObject("StringEquals").put("aws:RequestTag/" + tag, me);
        statement(st, "SagedeckStopOnlyMyTuningJobs", IamActions.of(Grant.STOP_TUNING), List.of(TUNING_JOB))
                .putObject("Condition").putObject("StringEquals").put("aws:ResourceTag/" + tag, me);
        ObjectNode deny = statement(st, "SagedeckNeverRetagAColleaguesJob", List.of("sagemaker:AddTags", "sagemaker:DeleteTags"),
                List.of(TRAINING_JOB)).put("Effect", "Deny");
        ObjectNode dc = deny.putObject("Condition");
        dc.putObject("Null").put("aws:ResourceTag/" + tag, "false");
        dc.putObject("StringNotEquals").put("aws:ResourceTag/" + tag, me);
        statement(st, "SagedeckUploadToChosenBuckets", IamActions.of(Grant.WRITE_S3), objectArns);
        String role = o.roleArn() == null || o.roleArn().isBlank() ? DEFAULT_ROLE : o.roleArn();
        List<String> roleActions = IamActions.of(Grant.PASS_ROLE);
        statement(st, "SagedeckPassTheTrainingRole", roleActions.stream().filter(PASS_ROLE::equals).toList(), List.of(role))
                .putObject("Condition").putObject("StringEquals").put("iam:PassedToService", "sagemaker.amazonaws.com");
        statement(st, "SagedeckCheckTheTrainingRole", roleActions.stream().filter(a -> !a.equals(PASS_ROLE)).toList(), List.of(role));
        return doc;
    }

    /** A statement (Allow unless changed) granting these actions on these resources. */
    private static ObjectNode statement(ArrayNode st, String sid, List<String> actions, List<String> resources) {
        ObjectNode s = st.addObject().put("Sid", sid).put("Effect", "Allow");
        actions.forEach(s.putArray("Action")::add);
        resources.forEach(s.putArray("Resource")::add);
        return s;
    }
}
