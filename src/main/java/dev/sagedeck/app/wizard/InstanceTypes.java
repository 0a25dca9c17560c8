package dev.sagedeck.app.wizard;

import java.util.List;
import java.util.Optional;

/**
 * A small bundled table of common SageMaker training instance types with their vCPUs and memory
 * (from the AWS instance pages); prices come from the session's price table, never from here.
 */
public final class InstanceTypes {
    /** One instance type: name, vCPUs, memory in GiB, and its GPU if any. */
    public record InstanceType(String name, int vcpus, int memoryGib, String gpu) {
        public String shape() {
            return vcpus + " vCPU, " + memoryGib + " GiB" + (gpu == null ? "" : ", " + gpu);
        }
    }

    public static final List<InstanceType> ALL = List.of(
            new InstanceType("ml.m5.large", 2, 8, null),
            new InstanceType("ml.m5.xlarge", 4, 16, null),
            new InstanceType("ml.m5.2xlarge", 8, 32, null),
            new InstanceType("ml.m5.4xlarge", 16, 64, null),
            new InstanceType("ml.c5.xlarge", 4, 8, null),
            new InstanceType("ml.c5.2xlarge", 8, 16, null),
            new InstanceType("ml.c5.4xlarge", 16, 32, null),
            new InstanceType("ml.r5.large", 2, 16, null),
            new InstanceType("ml.g4dn.xlarge", 4, 16, "1 T4 GPU"),
            new InstanceType("ml.g5.xlarge", 4, 16, "1 A10G GPU"),
            new InstanceType("ml.p3.2xlarge", 8, 61, "1 V100 GPU"));

    private InstanceTypes() {}

    public static List<String> names() {
        return ALL.stream().map(InstanceType::name).toList();
    }

    public static Optional<InstanceType> find(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
