package dev.sagedeck.sagemaker;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A bundled list of SageMaker training instance types with their memory (GiB, the EC2 sizes of the
 * same family), for the pre-submit check. It may lag AWS: an unlisted type is a WARN, not a FAIL,
 * except for the notebook-only burstable types, which SageMaker never trains on.
 */
final class TrainingInstances {
    private static final Map<String, Double> MEMORY_GIB = new TreeMap<>();

    static {
        family("ml.m5", new String[] {"large", "xlarge", "2xlarge", "4xlarge", "12xlarge", "24xlarge"}, 8, 16, 32, 64, 192, 384);
        family("ml.m4", new String[] {"xlarge", "2xlarge", "4xlarge", "10xlarge", "16xlarge"}, 16, 32, 64, 160, 256);
        family("ml.m6i", new String[] {"large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge"},
                8, 16, 32, 64, 128, 192, 256, 384, 512);
        family("ml.c5", new String[] {"xlarge", "2xlarge", "4xlarge", "9xlarge", "18xlarge"}, 8, 16, 32, 72, 144);
        family("ml.c4", new String[] {"xlarge", "2xlarge", "4xlarge", "8xlarge"}, 7.5, 15, 30, 60);
        family("ml.c6i", new String[] {"xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge"},
                8, 16, 32, 64, 96, 128, 192, 256);
        family("ml.r5", new String[] {"large", "xlarge", "2xlarge", "4xlarge", "12xlarge", "24xlarge"}, 16, 32, 64, 128, 384, 768);
        family("ml.p3", new String[] {"2xlarge", "8xlarge", "16xlarge"}, 61, 244, 488);
        family("ml.g4dn", new String[] {"xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"}, 16, 32, 64, 128, 192, 256);
        family("ml.g5", new String[] {"xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"},
                16, 32, 64, 128, 192, 256, 384, 768);
        MEMORY_GIB.put("ml.p4d.24xlarge", 1152.0);
    }

    private TrainingInstances() {}

    private static void family(String family, String[] sizes, double... gib) {
        for (int i = 0; i < sizes.length; i++) {
            MEMORY_GIB.put(family + "." + sizes[i], gib[i]);
        }
    }

    /** Memory of a listed training type. */
    static Optional<Double> memoryGib(String type) {
        return Optional.ofNullable(MEMORY_GIB.get(type));
    }

    /** Notebook-only types (ml.t2/ml.t3): SageMaker rejects them for training. */
    static boolean notebookOnly(String type) {
        return type.startsWith("ml.t2.") || type.startsWith("ml.t3.");
    }

    static boolean known(String type) {
        return MEMORY_GIB.containsKey(type);
    }
}
