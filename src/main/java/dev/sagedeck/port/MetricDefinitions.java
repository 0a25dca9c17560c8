package dev.sagedeck.port;

import dev.sagedeck.domain.MetricDefinition;
import java.util.List;

/** The metric rules a job declared (SageMaker MetricDefinitions); empty when it declared none. */
public interface MetricDefinitions {

    List<MetricDefinition> of(String jobName);
}
