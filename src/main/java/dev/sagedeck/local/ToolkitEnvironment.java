package dev.sagedeck.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The variables the SageMaker training toolkit gives a script
 * ({@code sagemaker_training.environment.Environment.to_env_vars}, aws/sagemaker-training-toolkit
 * 33839372 {@code src/sagemaker_training/environment.py} and {@code mapping.py}; the list in its
 * ENVIRONMENT_VARIABLES.md) for a single-host run on this machine: {@code SM_} plus the upper-cased
 * name, strings as they are, everything else compact JSON with sorted keys, and
 * {@code SM_TRAINING_ENV} holding every property. Paths point into the job directory, not /opt/ml.
 */
final class ToolkitEnvironment {
    static final String HOST = "algo-1";
    static final String GROUP = "homogeneousCluster";
    /** What the toolkit reports as the instance type when resourceconfig.json names none. */
    static final String INSTANCE_TYPE = "local";
    /** Python's logging.INFO, the SDK's default container log level. */
    static final int LOG_LEVEL = 20;

    private ToolkitEnvironment() {}

    /** The {@code /opt/ml/input/config/resourceconfig.json} SageMaker writes, for one host. */
    static Map<String, Object> resourceConfig() {
        Map<String, Object> group = new TreeMap<>();
        group.put("hosts", List.of(HOST));
        group.put("instance_group_name", GROUP);
        group.put("instance_type", INSTANCE_TYPE);
        Map<String, Object> rc = new TreeMap<>();
        rc.put("current_group_name", GROUP);
        rc.put("current_host", HOST);
        rc.put("current_instance_type", INSTANCE_TYPE);
        rc.put("hosts", List.of(HOST));
        rc.put("instance_groups", List.of(group));
        rc.put("network_interface_name", "eth0");
        return rc;
    }

    /** The {@code inputdataconfig.json} entry of one File-mode channel. */
    static Map<String, Object> channelConfig() {
        Map<String, Object> c = new TreeMap<>();
        c.put("ContentType", "text/csv");
        c.put("RecordWrapperType", "None");
        c.put("S3DistributionType", "FullyReplicated");
        c.put("TrainingInputMode", "File");
        return c;
    }

    /**
     * Every variable, as strings. {@code hyperParameters} are decoded the toolkit's way (JSON when
     * it parses); {@code userArgs} are the arguments the script is started with.
     */
    static Map<String, String> of(JobDir dir, JobRecord r, Map<String, Object> hyperParameters, List<String> userArgs) {
        Map<String, Path> channels = new TreeMap<>();
        for (JobRecord.ChannelEntry c : r.channels) {
            channels.put(c.name(), dir.channel(c.name()));
        }
        Map<String, Object> inputDataConfig = new TreeMap<>();
        channels.keySet().forEach(c -> inputDataConfig.put(c, channelConfig()));
        boolean script = r.launch != null && r.launch.script();
        String entryPoint = script ? r.launch.entryPoint() : null;
        Map<String, Object> resourceConfig = resourceConfig();
        Map<String, Object> p = new TreeMap<>(); // the Environment's properties: SM_TRAINING_ENV
        p.put("additional_framework_parameters", Map.of());
        Map<String, String> channelDirs = new TreeMap<>();
        channels.forEach((k, v) -> channelDirs.put(k, v.toString()));
        p.put("channel_input_dirs", channelDirs);
        p.put("current_host", HOST);
        p.put("current_instance_group", GROUP);
        p.put("current_instance_group_hosts", List.of(HOST));
        p.put("current_instance_type", INSTANCE_TYPE);
        p.put("distribution_hosts", List.of());
        p.put("distribution_instance_groups", List.of());
        p.put("framework_module", null);
        p.put("hosts", List.of(HOST));
        p.put("hyperparameters", hyperParameters);
        p.put("input_config_dir", dir.configDir().toString());
        p.put("input_data_config", inputDataConfig);
        p.put("input_dir", dir.input().toString());
        p.put("instance_groups", List.of(GROUP));
        p.put("instance_groups_dict", Map.of(GROUP, ((List<?>) resourceConfig.get("instance_groups")).get(0)));
        p.put("is_hetero", false);
        p.put("is_master", true);
        p.put("is_modelparallel_enabled", null);
        p.put("is_smddpmprun_installed", false);
        p.put("is_smddprun_installed", false);
        p.put("job_name", r.name);
        p.put("log_level", LOG_LEVEL);
        p.put("master_hostname", HOST);
        p.put("model_dir", dir.model().toString());
        p.put("module_dir", script ? dir.code().toString() : null);
        p.put("module_name", entryPoint == null ? null : entryPoint.replaceFirst("\\.py$", ""));
        p.put("network_interface_name", "eth0");
        p.put("num_cpus", Runtime.getRuntime().availableProcessors());
        p.put("num_gpus", gpus());
        p.put("num_neurons", 0);
        p.put("output_data_dir", dir.outputData().toString());
        p.put("output_dir", dir.output().toString());
        p.put("output_intermediate_dir", dir.output().resolve("intermediate").toString());
        p.put("resource_config", resourceConfig);
        p.put("topology", List.of());
        p.put("user_entry_point", entryPoint);

        Map<String, Object> env = new LinkedHashMap<>(); // to_env_vars, in its order
        for (String k : List.of("hosts", "network_interface_name")) {
            env.put(k, p.get(k));
        }
        env.put("hps", hyperParameters);
        env.put("user_entry_point", entryPoint);
        env.put("framework_params", Map.of());
        for (String k : List.of("resource_config", "input_data_config", "output_data_dir")) {
            env.put(k, p.get(k));
        }
        env.put("channels", new ArrayList<>(channels.keySet()));
        for (String k : List.of("current_host", "current_instance_type", "current_instance_group", "current_instance_group_hosts",
                "instance_groups", "instance_groups_dict", "distribution_instance_groups", "is_hetero", "module_name", "log_level",
                "framework_module", "input_dir", "input_config_dir", "output_dir", "num_cpus", "num_gpus", "num_neurons", "model_dir",
                "module_dir")) {
            env.put(k, p.get(k));
        }
        env.put("training_env", p);
        env.put("user_args", userArgs);
        env.put("output_intermediate_dir", p.get("output_intermediate_dir"));
        channels.forEach((k, v) -> env.put("channel_" + k, v.toString()));
        hyperParameters.forEach((k, v) -> env.put("hp_" + k, v));

        Map<String, String> out = new LinkedHashMap<>();
        env.forEach((k, v) -> out.put("SM_" + k.toUpperCase(Locale.ROOT), value(v)));
        return out;
    }

    /** {@code mapping.to_env_vars}' format_value. */
    private static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        return ChildEnvironment.json(v);
    }

    /** GPUs as {@code nvidia-smi --list-gpus} counts them; 0 without nvidia-smi, like the toolkit. */
    static int gpus() {
        String path = System.getenv("PATH");
        boolean present = path != null && java.util.Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "nvidia-smi")));
        if (!present) {
            return 0;
        }
        try {
            Process p = new ProcessBuilder("nvidia-smi", "--list-gpus").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? (int) out.lines().filter(l -> l.startsWith("GPU ")).count() : 0;
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
