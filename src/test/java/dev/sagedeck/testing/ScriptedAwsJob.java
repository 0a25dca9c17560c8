package dev.sagedeck.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training job of the scripted endpoint, with a lifecycle the test drives: it starts
 * InProgress (Training), and goes Completed after N describes or when told; StopTrainingJob moves
 * it to Stopping, then Stopped after N more describes. Setters return this for fluent setup.
 */
public final class ScriptedAwsJob {

    private final String name;
    private final String arn;
    private final Instant created;
    private String status = "InProgress";
    private String secondary = "Training";
    private final List<String[]> transitions = new ArrayList<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final Map<String, String> hyperParameters = new LinkedHashMap<>();
    private final Map<String, String> metricDefinitions = new LinkedHashMap<>();
    private String instanceType = "ml.m5.xlarge";
    private int instanceCount = 1;
    private boolean spot;
    private String failureReason;
    private Instant ended;
    private int describes;
    private int completeAfterDescribes = -1;
    private int stoppedAfterDescribes = 1;
    private int stoppingSince = -1;
    private boolean finishesWhenStopArrives;
    private long runsFor = -1;
    private String checkpoints;
    private String tuningJobArn;
    private final java.util.ArrayDeque<Runnable> searchSteps = new java.util.ArrayDeque<>();

    ScriptedAwsJob(String name, String account, Instant created) {
        this.name = name;
        this.arn = "arn:aws:sagemaker:us-east-1:" + account + ":training-job/" + name;
        this.created = created;
        transitions.add(new String[] {"Starting", created.toString(), created.plusSeconds(60).toString(),
                "Launching requested ML instances"});
        transitions.add(new String[] {"Training", created.plusSeconds(60).toString(), null,
                "Training image download completed. Training in progress."});
        hyperParameters.put("num_round", "100");
        hyperParameters.put("objective", "binary:logistic");
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public synchronized String status() {
        return status;
    }

    public synchronized Instant created() {
        return created;
    }

    public synchronized ScriptedAwsJob tag(String key, String value) {
        tags.put(key, value);
        return this;
    }

    public synchronized ScriptedAwsJob instances(String type, int count) {
        instanceType = type;
        instanceCount = count;
        return this;
    }

    public synchronized ScriptedAwsJob spot(boolean on) {
        spot = on;
        return this;
    }

    public synchronized ScriptedAwsJob hyperParameter(String key, String value) {
        hyperParameters.put(key, value);
        return this;
    }

    public synchronized ScriptedAwsJob metricDefinition(String metric, String regex) {
        metricDefinitions.put(metric, regex);
        return this;
    }

    /** Becomes Completed on the {@code n}-th DescribeTrainingJob from now. */
    public synchronized ScriptedAwsJob completeAfterDescribes(int n) {
        completeAfterDescribes = describes + n;
        return this;
    }

    /** Trains for {@code seconds} after its minute of Starting, whenever it is told to end (wall = 60 + seconds). */
    public synchronized ScriptedAwsJob runsFor(long seconds) {
        runsFor = seconds;
        return this;
    }

    /** Its CheckpointConfig: {@code uri} and /opt/ml/checkpoints. */
    public synchronized ScriptedAwsJob checkpoints(String uri) {
        checkpoints = uri;
        return this;
    }

    /** Its hyperparameters as a CreateTrainingJob gave them. */
    synchronized ScriptedAwsJob hyperParameters(Map<String, String> hp) {
        hyperParameters.clear();
        hyperParameters.putAll(hp);
        return this;
    }

    /** After StopTrainingJob, shows Stopping for {@code n} describes, then Stopped. */
    public synchronized ScriptedAwsJob stoppedAfterDescribes(int n) {
        stoppedAfterDescribes = n;
        return this;
    }

    /** The job completes just as StopTrainingJob arrives, which the service then rejects. */
    public synchronized ScriptedAwsJob finishesWhenStopArrives() {
        finishesWhenStopArrives = true;
        return this;
    }

    /**
     * The job enters phase {@code phase} at {@code since}: the open phase is replaced when it began
     * at or after {@code since}, else it ends there.
     */
    public synchronized ScriptedAwsJob secondary(String phase, Instant since) {
        String[] open = transitions.get(transitions.size() - 1);
        if (open[2] == null && !Instant.parse(open[1]).isBefore(since)) {
            transitions.remove(transitions.size() - 1);
        } else {
            closeOpenTransition(since);
        }
        secondary = phase;
        transitions.add(new String[] {phase, since.toString(), null, phase + " in progress"});
        return this;
    }

    /** Steps run one per Search that returns this job, before it answers: a lifecycle driven by the reader's pace. */
    public synchronized ScriptedAwsJob onSearch(Runnable... steps) {
        searchSteps.addAll(java.util.List.of(steps));
        return this;
    }

    public synchronized ScriptedAwsJob complete() {
        finish("Completed", "Completed", "Training job completed");
        return this;
    }

    public synchronized ScriptedAwsJob fail(String reason) {
        failureReason = reason;
        finish("Failed", "Failed", "Training job failed");
        return this;
    }

    public synchronized int describes() {
        return describes;
    }

    synchronized void described() {
        describes++;
        if (completeAfterDescribes >= 0 && describes >= completeAfterDescribes && "InProgress".equals(status)) {
            complete();
        }
        if (stoppingSince >= 0 && describes - stoppingSince >= stoppedAfterDescribes && "Stopping".equals(status)) {
            finish("Stopped", "Stopped", "Training job stopped");
        }
    }

    /**
     * Why a stop for this job should never have been sent by sagedeck ({@code stopper}'s promise:
     * only my running jobs), or null when it was fair: InProgress, and owned by the stopper by the
     * owner tag or, with no owner tag, by the name prefix.
     */
    synchronized String unfairStop(String stopper) {
        if (!"InProgress".equals(status)) {
            return name + " was " + status;
        }
        String owner = tags.get("owner");
        if (owner != null ? !owner.equals(stopper) : !name.startsWith(stopper + "-")) {
            return name + " is " + (owner == null ? "nobody's" : owner + "'s") + ", not " + stopper + "'s";
        }
        return null;
    }

    /** StopTrainingJob: null when accepted, else the service's ValidationException message. */
    synchronized String stop() {
        if (finishesWhenStopArrives && "InProgress".equals(status)) {
            complete();
        }
        if (!"InProgress".equals(status)) {
            return "The request was rejected because the training job is in status " + status + ".";
        }
        closeOpenTransition(Instant.now());
        status = "Stopping";
        secondary = "Stopping";
        transitions.add(new String[] {"Stopping", Instant.now().toString(), null, "Stopping the training job"});
        stoppingSince = describes;
        return null;
    }

    private void finish(String primary, String second, String message) {
        Instant now = runsFor >= 0 ? created.plusSeconds(60 + runsFor)
                : Instant.now().isAfter(created) ? Instant.now() : created.plusSeconds(120);
        closeOpenTransition(now);
        status = primary;
        secondary = second;
        ended = now;
        transitions.add(new String[] {second, now.toString(), now.toString(), message});
    }

    private void closeOpenTransition(Instant at) {
        for (String[] t : transitions) {
            if (t[2] == null) {
                t[2] = at.toString();
            }
        }
    }

    synchronized Map<String, String> tags() {
        return new LinkedHashMap<>(tags);
    }

    synchronized ObjectNode summary() {
        ObjectNode n = ScriptedAws.JSON.createObjectNode()
                .put("TrainingJobName", name).put("TrainingJobArn", arn)
                .put("CreationTime", seconds(created)).put("TrainingJobStatus", status)
                .put("SecondaryStatus", secondary).put("LastModifiedTime", seconds(created));
        if (ended != null) {
            n.put("TrainingEndTime", seconds(ended));
        }
        return n;
    }

    /** Launched by this tuning job: its TuningJobArn in describe and Search answers, as SageMaker gives it. */
    public synchronized ScriptedAwsJob tuningJob(String arn) {
        tuningJobArn = arn;
        return this;
    }

    synchronized ObjectNode describe() {
        ObjectNode n = summary();
        if (tuningJobArn != null) {
            n.put("TuningJobArn", tuningJobArn);
        }
        n.put("RoleArn", "arn:aws:iam::123456789012:role/SageMakerRole");
        n.putObject("AlgorithmSpecification")
                .put("TrainingImage", "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                .put("TrainingInputMode", "File");
        if (!metricDefinitions.isEmpty()) {
            ArrayNode defs = ((ObjectNode) n.get("AlgorithmSpecification")).putArray("MetricDefinitions");
            metricDefinitions.forEach((k, v) -> defs.addObject().put("Name", k).put("Regex", v));
        }
        n.putObject("ResourceConfig").put("InstanceType", instanceType).put("InstanceCount", instanceCount)
                .put("VolumeSizeInGB", 10);
        ObjectNode stopping = n.putObject("StoppingCondition").put("MaxRuntimeInSeconds", 3600);
        n.put("EnableManagedSpotTraining", spot);
        if (checkpoints != null) {
            n.putObject("CheckpointConfig").put("S3Uri", checkpoints).put("LocalPath", "/opt/ml/checkpoints");
        }
        if (spot) {
            stopping.put("MaxWaitTimeInSeconds", 7200);
        }
        ObjectNode hp = n.putObject("HyperParameters");
        hyperParameters.forEach(hp::put);
        n.putArray("InputDataConfig").addObject().put("ChannelName", "train").put("ContentType", "text/csv")
                .putObject("DataSource").putObject("S3DataSource").put("S3DataType", "S3Prefix")
                .put("S3Uri", "s3://bucket/" + name + "/train/").put("S3DataDistributionType", "FullyReplicated");
        n.putObject("OutputDataConfig").put("S3OutputPath", "s3://bucket/output");
        n.putObject("ModelArtifacts").put("S3ModelArtifacts", "s3://bucket/output/" + name + "/output/model.tar.gz");
        n.put("TrainingStartTime", seconds(created.plusSeconds(60)));
        ArrayNode ts = n.putArray("SecondaryStatusTransitions");
        for (String[] t : transitions) {
            ObjectNode o = ts.addObject().put("Status", t[0]).put("StartTime", seconds(Instant.parse(t[1])));
            if (t[2] != null) {
                o.put("EndTime", seconds(Instant.parse(t[2])));
            }
            o.put("StatusMessage", t[3]);
        }
        if (failureReason != null) {
            n.put("FailureReason", failureReason);
        }
        if (ended != null) {
            long training = Math.max(1, ended.getEpochSecond() - created.plusSeconds(60).getEpochSecond());
            n.put("TrainingTimeInSeconds", training).put("BillableTimeInSeconds", spot ? training / 3 : training);
            n.putArray("FinalMetricDataList").addObject().put("MetricName", "validation:logloss").put("Value", 0.47)
                    .put("Timestamp", seconds(ended));
        }
        return n;
    }

    synchronized ObjectNode searchRecord() {
        Runnable step = searchSteps.poll();
        if (step != null) {
            step.run();
        }
        ObjectNode n = describe();
        ArrayNode t = n.putArray("Tags");
        tags.forEach((k, v) -> t.addObject().put("Key", k).put("Value", v));
        return n;
    }

    /** AWS JSON timestamps are epoch seconds with a fraction. */
    static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
