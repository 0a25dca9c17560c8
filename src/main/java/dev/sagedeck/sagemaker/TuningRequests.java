package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.Scaling;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningPlan;
import dev.sagedeck.domain.tuning.TuningRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.sagemaker.model.AlgorithmSpecification;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterAlgorithmSpecification;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobConfig;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;
import software.amazon.awssdk.services.sagemaker.model.ResourceLimits;

/**
 * The CreateHyperParameterTuningJob request for a search, made from the CreateTrainingJob request
 * one configuration would be (the same image, role, channels, output, instance, stopping condition
 * and owner tags; SageMaker adds a tuning job's tags to the training jobs it launches): the fixed
 * hyperparameters become StaticHyperParameters, the searched ones ParameterRanges. Grid search takes
 * categorical ranges only, so an integer range is sent as its values, and has no MaxNumberOfTrainingJobs.
 */
final class TuningRequests {
    /** SageMaker's limit on HyperParameterTuningJobName. */
    static final int NAME_LIMIT = 32;

    private TuningRequests() {}

    static CreateHyperParameterTuningJobRequest of(String name, TuningPlan plan, CreateTrainingJobRequest base) {
        Map<String, String> statics = new TreeMap<>(base.hyperParameters());
        TuningRules.staticWithObjectiveMetric(plan).forEach(statics::putIfAbsent);
        plan.ranges().forEach(r -> statics.remove(r.name()));
        List<IntegerParameterRange> integers = new ArrayList<>();
        List<ContinuousParameterRange> continuous = new ArrayList<>();
        List<CategoricalParameterRange> categorical = new ArrayList<>();
        for (ParameterRange r : plan.ranges()) {
            if (r instanceof ParameterRange.IntegerRange i) {
                if (plan.strategy() == SearchStrategy.GRID) {
                    categorical.add(CategoricalParameterRange.builder().name(i.name()).values(i.values()).build());
                } else {
                    integers.add(IntegerParameterRange.builder().name(i.name()).minValue(Long.toString(i.min()))
                            .maxValue(Long.toString(i.max())).scalingType(i.scaling().apiName()).build());
                }
            } else if (r instanceof ParameterRange.ContinuousRange c) {
                continuous.add(ContinuousParameterRange.builder().name(c.name()).minValue(ParameterRange.format(c.min()))
                        .maxValue(ParameterRange.format(c.max())).scalingType(c.scaling().apiName()).build());
            } else if (r instanceof ParameterRange.CategoricalValues v) {
                categorical.add(CategoricalParameterRange.builder().name(v.name()).values(v.values()).build());
            }
        }
        ParameterRanges.Builder ranges = ParameterRanges.builder();
        if (!integers.isEmpty()) ranges.integerParameterRanges(integers);
        if (!continuous.isEmpty()) ranges.continuousParameterRanges(continuous);
        if (!categorical.isEmpty()) ranges.categoricalParameterRanges(categorical);
        ResourceLimits.Builder limits = ResourceLimits.builder().maxParallelTrainingJobs(plan.limits().maxParallel());
        if (plan.strategy() != SearchStrategy.GRID) limits.maxNumberOfTrainingJobs(plan.limits().maxJobs());
        HyperParameterTuningJobConfig config = HyperParameterTuningJobConfig.builder()
                .strategy(plan.strategy().apiName())
                .hyperParameterTuningJobObjective(o -> o.type(plan.objective().direction().apiName()).metricName(plan.objective().metric()))
                .resourceLimits(limits.build())
                .parameterRanges(ranges.build())
                .trainingJobEarlyStoppingType(plan.earlyStopping().apiName())
                .build();
        AlgorithmSpecification a = base.algorithmSpecification();
        HyperParameterAlgorithmSpecification.Builder algorithm = HyperParameterAlgorithmSpecification.builder()
                .trainingImage(a.trainingImage()).trainingInputMode(a.trainingInputMode());
        if (a.hasMetricDefinitions() && !a.metricDefinitions().isEmpty()) algorithm.metricDefinitions(a.metricDefinitions());
        HyperParameterTrainingJobDefinition.Builder definition = HyperParameterTrainingJobDefinition.builder()
                .staticHyperParameters(statics)
                .algorithmSpecification(algorithm.build())
                .roleArn(base.roleArn())
                .inputDataConfig(base.inputDataConfig())
                .outputDataConfig(base.outputDataConfig())
                .resourceConfig(base.resourceConfig())
                .stoppingCondition(base.stoppingCondition());
        if (Boolean.TRUE.equals(base.enableManagedSpotTraining())) definition.enableManagedSpotTraining(true);
        return CreateHyperParameterTuningJobRequest.builder()
                .hyperParameterTuningJobName(name)
                .hyperParameterTuningJobConfig(config)
                .trainingJobDefinition(definition.build())
                .tags(base.tags())
                .build();
    }

    static String scaling(Scaling s) {
        return s.apiName();
    }
}
