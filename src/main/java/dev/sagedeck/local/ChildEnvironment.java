package dev.sagedeck.local;

import dev.sagedeck.json.Json;
import dev.sagedeck.json.JsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment a run sees: every SageMaker training-toolkit variable ({@link ToolkitEnvironment}:
 * {@code SM_CHANNEL_TRAIN}, {@code SM_MODEL_DIR}, {@code SM_HPS}, {@code SM_HOSTS},
 * {@code SM_TRAINING_ENV} ...), pointing into the job directory instead of {@code /opt/ml}, so a
 * script that reads them behaves the same here and on SageMaker; plus what a local process needs.
 */
final class ChildEnvironment {
    private ChildEnvironment() {}

    static Map<String, String> of(JobDir dir, JobRecord r) {
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, Object> decoded = decodedHyperParameters(r.hyperParameters);
        env.putAll(ToolkitEnvironment.of(dir, r, decoded, ScriptArguments.of(r.hyperParameters)));
        // SM_HP_<NAME> as typed: the toolkit's re-encoding of a decoded number (1e-05 for 1e-5) helps nobody
        r.hyperParameters.forEach((k, v) -> env.put("SM_HP_" + k.toUpperCase(Locale.ROOT), v));
        boolean hasTrain = r.channels.stream().anyMatch(c -> c.name().equals("train"));
        if (!hasTrain) {
            // The lesson's script reads SM_CHANNEL_TRAIN unconditionally; point it at the (empty) channel.
            env.put("SM_CHANNEL_TRAIN", dir.channel("train").toString());
        }
        // (OMP_WAIT_POLICY is the JVM's own, whatever its job: JobLauncher sets it)
        env.put("TRAINING_JOB_NAME", r.name);
        if (r.launch != null && r.launch.script()) {
            // Without this, python block-buffers stdout into the log file and the log looks frozen.
            env.put("PYTHONUNBUFFERED", "1");
        }
        return env;
    }

    /**
     * Values decoded the way the SageMaker toolkit does it: JSON when the value parses as JSON
     * ({@code 3} becomes a number; "3 4" stays a string: {@link Json#parse} reads one value and
     * nothing after it), else the raw string. Keys sorted, as the toolkit writes them.
     */
    static Map<String, Object> decodedHyperParameters(Map<String, String> hps) {
        Map<String, Object> out = new TreeMap<>();
        hps.forEach((k, v) -> {
            Object value = v;
            try {
                value = Json.parse(v);
            } catch (JsonException notJson) {
                // keep the raw string, as sagemaker-containers does
            }
            out.put(k, value == null ? v : value);
        });
        return out;
    }

    /** Compact JSON with sorted keys, as the toolkit's {@code json.dumps(sort_keys=True, separators=(",", ":"))}. */
    static String json(Object value) {
        return Json.compactSortedKeys(value);
    }
}
