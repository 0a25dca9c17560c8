package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.Scaling;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLimits;
import dev.sagedeck.domain.tuning.TuningTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobConfig;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobStatusCounters;

/** SageMaker's tuning-job shapes as the domain's {@link TuningJob}, and its training-job summaries as {@link TrainingJob}s. */
final class TuningJobMapper {
    private TuningJobMapper() {}

    static TuningJob toTuningJob(DescribeHyperParameterTuningJobResponse d, Map<String, String> tags, String ownerTag, Double costSoFar) {
        HyperParameterTuningJobConfig c = d.hyperParameterTuningJobConfig();
        var objective = c.hyperParameterTuningJobObjective();
        var limits = c.resourceLimits();
        TrainingJobStatusCounters n = d.trainingJobStatusCounters();
        var best = d.bestTrainingJob();
        Double bestValue = best == null || best.finalHyperParameterTuningJobObjectiveMetric() == null ? null
                : best.finalHyperParameterTuningJobObjectiveMetric().value().doubleValue();
        int maxJobs = limits == null || limits.maxNumberOfTrainingJobs() == null ? 0 : limits.maxNumberOfTrainingJobs();
        int maxParallel = limits == null || limits.maxParallelTrainingJobs() == null ? 0 : limits.maxParallelTrainingJobs();
        var definition = d.trainingJobDefinition();
        return new TuningJob(d.hyperParameterTuningJobName(), d.hyperParameterTuningJobArn(), Backend.SAGEMAKER,
                JobStatus.of(d.hyperParameterTuningJobStatusAsString()), tags == null ? null : tags.get(ownerTag),
                new Timing(d.creationTime(), d.creationTime(), d.hyperParameterTuningEndTime(), null, null),
                SearchStrategy.parse(c.strategyAsString()).orElse(SearchStrategy.BAYESIAN),
                new Objective(objective.metricName(), Objective.Direction.parse(objective.typeAsString()).orElse(Objective.Direction.MINIMIZE)),
                ranges(c.parameterRanges()), definition == null ? Map.of() : definition.staticHyperParameters(),
                new TuningLimits(maxJobs, maxParallel), EarlyStopping.parse(c.trainingJobEarlyStoppingTypeAsString()).orElse(EarlyStopping.OFF),
                counters(n), best == null ? null : best.trainingJobName(), bestValue, costSoFar, d.failureReason(), tags,
                SdkJson.pretty(SdkJson.tree(d)));
    }

    static TuningJob.Counters counters(TrainingJobStatusCounters n) {
        if (n == null) return new TuningJob.Counters(0, 0, 0, 0, 0);
        return new TuningJob.Counters(i(n.completed()), i(n.inProgress()), i(n.retryableError()) + i(n.nonRetryableError()), i(n.stopped()), 0);
    }

    /** The ranges written as the CLI takes them, so a search reads the same on both backends. */
    static List<String> ranges(ParameterRanges r) {
        List<String> out = new ArrayList<>();
        if (r == null) return out;
        r.integerParameterRanges().forEach(i -> out.add("--range " + new ParameterRange.IntegerRange(i.name(), Long.parseLong(i.minValue()),
                Long.parseLong(i.maxValue()), Scaling.parse(String.valueOf(i.scalingTypeAsString())).orElse(Scaling.AUTO)).text()));
        r.continuousParameterRanges().forEach(c -> out.add("--range " + new ParameterRange.ContinuousRange(c.name(), Double.parseDouble(c.minValue()),
                Double.parseDouble(c.maxValue()), Scaling.parse(String.valueOf(c.scalingTypeAsString())).orElse(Scaling.AUTO)).text()));
        r.categoricalParameterRanges().forEach(v -> out.add("--values " + v.name() + "=" + String.join(",", v.values())));
        return out;
    }

    /** One training job of a tuning job, as a row: its tuned values, its final objective, its times; tagged with its search. */
    static TrainingJob toTrainingJob(HyperParameterTrainingJobSummary s, String tuningJob) {
        List<Metric> metrics = new ArrayList<>();
        var m = s.finalHyperParameterTuningJobObjectiveMetric();
        if (m != null && m.value() != null) metrics.add(new Metric(m.metricName(), m.value().doubleValue()));
        return TrainingJob.builder(s.trainingJobName(), Backend.SAGEMAKER)
                .arn(s.trainingJobArn())
                .status(JobStatus.of(s.trainingJobStatusAsString()))
                .timing(new Timing(s.creationTime(), s.trainingStartTime(), s.trainingEndTime(), null, null))
                .hyperParameters(s.tunedHyperParameters())
                .finalMetrics(metrics)
                .failureReason(s.failureReason())
                .tags(Map.of(TuningTags.TUNING_JOB, tuningJob))
                .build();
    }

    private static int i(Integer v) {
        return v == null ? 0 : v;
    }
}
