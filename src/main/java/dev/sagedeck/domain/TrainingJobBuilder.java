package dev.sagedeck.domain;

import java.util.List;
import java.util.Map;

/** Mutable builder for {@link TrainingJob}; adapters fill it field by field. */
public final class TrainingJobBuilder {
    private final String name;
    private final Backend backend;
    private String arn;
    private JobStatus status = JobStatus.of(null);
    private String secondaryStatus;
    private List<StatusTransition> transitions = List.of();
    private String owner;
    private Timing timing = new Timing(null, null, null, null, null);
    private Resources resources;
    private Map<String, String> hyperParameters = Map.of();
    private List<Channel> channels = List.of();
    private String outputPath;
    private String modelLocation;
    private List<Metric> finalMetrics = List.of();
    private String failureReason;
    private Map<String, String> tags = Map.of();
    private String roleArn;
    private String image;
    private String raw;
    private boolean tagsKnown = true;
    private JobSettings settings = JobSettings.NONE;
    private List<MetricDefinition> metricDefinitions = List.of();

    TrainingJobBuilder(String name, Backend backend) {
        this.name = name;
        this.backend = backend;
    }

    static TrainingJobBuilder from(TrainingJob j) {
        return new TrainingJobBuilder(j.name(), j.backend())
                .arn(j.arn()).status(j.status()).secondaryStatus(j.secondaryStatus())
                .transitions(j.transitions()).owner(j.owner()).timing(j.timing())
                .resources(j.resources()).hyperParameters(j.hyperParameters()).channels(j.channels())
                .outputPath(j.outputPath()).modelLocation(j.modelLocation()).finalMetrics(j.finalMetrics())
                .failureReason(j.failureReason()).tags(j.tags()).roleArn(j.roleArn()).image(j.image())
                .raw(j.raw()).tagsKnown(j.tagsKnown()).settings(j.settings()).metricDefinitions(j.metricDefinitions());
    }

    public TrainingJobBuilder arn(String v) { arn = v; return this; }
    public TrainingJobBuilder status(JobStatus v) { status = v; return this; }
    public TrainingJobBuilder secondaryStatus(String v) { secondaryStatus = v; return this; }
    public TrainingJobBuilder transitions(List<StatusTransition> v) { transitions = v; return this; }
    public TrainingJobBuilder owner(String v) { owner = v; return this; }
    public TrainingJobBuilder timing(Timing v) { timing = v; return this; }
    public TrainingJobBuilder resources(Resources v) { resources = v; return this; }
    public TrainingJobBuilder hyperParameters(Map<String, String> v) { hyperParameters = v; return this; }
    public TrainingJobBuilder channels(List<Channel> v) { channels = v; return this; }
    public TrainingJobBuilder outputPath(String v) { outputPath = v; return this; }
    public TrainingJobBuilder modelLocation(String v) { modelLocation = v; return this; }
    public TrainingJobBuilder finalMetrics(List<Metric> v) { finalMetrics = v; return this; }
    public TrainingJobBuilder failureReason(String v) { failureReason = v; return this; }
    public TrainingJobBuilder tags(Map<String, String> v) { tags = v; return this; }
    public TrainingJobBuilder roleArn(String v) { roleArn = v; return this; }
    public TrainingJobBuilder image(String v) { image = v; return this; }
    public TrainingJobBuilder raw(String v) { raw = v; return this; }
    public TrainingJobBuilder settings(JobSettings v) { settings = v; return this; }
    public TrainingJobBuilder tagsKnown(boolean v) { tagsKnown = v; return this; }
    public TrainingJobBuilder metricDefinitions(List<MetricDefinition> v) { metricDefinitions = v; return this; }

    public TrainingJob build() {
        return new TrainingJob(name, arn, backend, status, secondaryStatus, transitions, owner, timing,
                resources, hyperParameters, channels, outputPath, modelLocation, finalMetrics,
                failureReason, tags, roleArn, image, raw, tagsKnown, settings, metricDefinitions);
    }
}
