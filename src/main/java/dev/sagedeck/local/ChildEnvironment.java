package dev.sagedeck.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SageMaker training-toolkit variables a run sees ({@code SM_CHANNEL_TRAIN}, {@code SM_MODEL_DIR},
 * {@code SM_HPS}, ...), pointing into the job directory instead of {@code /opt/ml}, so a script that
 * reads them behaves the same here and on SageMaker.
 */
final class ChildEnvironment {
    // "3 4" must stay a string, not become 3: reject trailing tokens.
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ChildEnvironment() {}

    static Map<String, String> of(JobDir dir, JobRecord r) {
        Map<String, String> env = new LinkedHashMap<>();
        List<String> channels = new ArrayList<>();
        for (JobRecord.ChannelEntry c : r.channels) {
            channels.add(c.name());
            env.put("SM_CHANNEL_" + c.name().toUpperCase(Locale.ROOT), dir.channel(c.name()).toString());
        }
        if (!channels.contains("train")) {
            // The lesson's script reads SM_CHANNEL_TRAIN unconditionally; point it at the (empty) channel.
            env.put("SM_CHANNEL_TRAIN", dir.channel("train").toString());
        }
        env.put("SM_CHANNELS", json(channels));
        env.put("SM_MODEL_DIR", dir.model().toString());
        env.put("SM_OUTPUT_DIR", dir.output().toString());
        env.put("SM_OUTPUT_DATA_DIR", dir.outputData().toString());
        env.put("SM_INPUT_DIR", dir.input().toString());
        env.put("SM_INPUT_CONFIG_DIR", dir.configDir().toString());
        env.put("SM_CURRENT_HOST", "algo-1");
        env.put("SM_HOSTS", "[\"algo-1\"]");
        env.put("SM_NUM_CPUS", Integer.toString(Runtime.getRuntime().availableProcessors()));
        env.put("SM_NUM_GPUS", "0");
        // XGBoost's OpenMP threads otherwise spin while waiting: on a busy 2-core machine a 1M-row
        // run took 7.3 s instead of 1.9 s. The JVM cannot set this for itself, so the child gets it.
        env.putIfAbsent("OMP_WAIT_POLICY", "passive");
        env.put("SM_HPS", json(decodedHyperParameters(r.hyperParameters)));
        r.hyperParameters.forEach((k, v) -> env.put("SM_HP_" + k.toUpperCase(Locale.ROOT), v));
        env.put("SM_USER_ARGS", json(ScriptArguments.of(r.hyperParameters)));
        env.put("TRAINING_JOB_NAME", r.name);
        if (r.launch != null && r.launch.script()) {
            env.put("SM_MODULE_DIR", dir.code().toString());
            env.put("SM_USER_ENTRY_POINT", r.launch.entryPoint());
            // Without this, python block-buffers stdout into the log file and the log looks frozen.
            env.put("PYTHONUNBUFFERED", "1");
        }
        return env;
    }

    /**
     * Values decoded the way the SageMaker toolkit does it: JSON when the value parses as JSON
     * ({@code 3} becomes a number), else the raw string. Keys sorted, as the toolkit writes them.
     */
    static Map<String, Object> decodedHyperParameters(Map<String, String> hps) {
        Map<String, Object> out = new TreeMap<>();
        hps.forEach((k, v) -> {
            Object value = v;
            try {
                value = JSON.readValue(v, Object.class);
            } catch (JsonProcessingException notJson) {
                // keep the raw string, as sagemaker-containers does
            }
            out.put(k, value == null ? v : value);
        });
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
