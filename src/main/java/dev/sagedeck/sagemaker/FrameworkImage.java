package dev.sagedeck.sagemaker;

/**
 * A PyTorch or TensorFlow training image as {@link FrameworkTable} chose it: the URI, the version as
 * given (the SDK tags the image with it, alias or not), the full version it stands for, the Python
 * version, {@code cpu} or {@code gpu}, and whether the SDK turns on SageMaker metrics time series
 * for it ({@code EnableSageMakerMetricsTimeSeries}).
 */
record FrameworkImage(String framework, String uri, String version, String fullVersion, String pyVersion, String processor,
        boolean metricsTimeSeries) {}
