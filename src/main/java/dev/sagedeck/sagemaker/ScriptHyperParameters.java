package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Script-mode hyperparameters as the SageMaker Python SDK sends them
 * ({@code Framework._json_encode_hyperparameters}): every value JSON-encoded, so text gets literal
 * quotes ({@code "binary:logistic"} becomes {@code "\"binary:logistic\""}) while numbers and
 * booleans stay bare, plus the {@code sagemaker_*} keys that tell the framework container where the
 * code is. The container's {@code json.loads} decodes them again.
 */
final class ScriptHyperParameters {
    static final String PROGRAM = "sagemaker_program";
    static final String SUBMIT_DIRECTORY = "sagemaker_submit_directory";
    static final String LOG_LEVEL = "sagemaker_container_log_level";
    static final String JOB_NAME = "sagemaker_job_name";
    static final String REGION = "sagemaker_region";
    /** Python's {@code logging.INFO}, the SDK's default container log level. */
    static final int INFO = 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A JSON number literal: what the user typed as 3 or 0.1 was an int or float to the SDK. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private ScriptHyperParameters() {}

    static Map<String, String> encode(Map<String, String> user, String program, S3Location submitDirectory,
            String jobName, String region) {
        return encode(user, program, submitDirectory, jobName, region, Map.of());
    }

    /**
     * The same plus {@code frameworkKeys} (distribution switches, TensorFlow's {@code model_dir}),
     * each {@code json.dumps}-ed as the estimators' {@code hyperparameters()} do: {@code true},
     * {@code "\"ml.p4d.24xlarge\""}.
     */
    static Map<String, String> encode(Map<String, String> user, String program, S3Location submitDirectory,
            String jobName, String region, Map<String, Object> frameworkKeys) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(PROGRAM, quote(program));
        out.put(SUBMIT_DIRECTORY, quote(submitDirectory.uri()));
        out.put(LOG_LEVEL, Integer.toString(INFO));
        out.put(JOB_NAME, quote(jobName));
        out.put(REGION, quote(region));
        user.forEach((k, v) -> out.put(k, value(v)));
        frameworkKeys.forEach((k, v) -> out.put(k, json(v)));
        return out;
    }

    /** One user value: bare when it reads as a JSON number or boolean, else a JSON string. */
    static String value(String v) {
        String t = v.trim();
        if (NUMBER.matcher(t).matches() || t.equals("true") || t.equals("false")) {
            return t;
        }
        return quote(v);
    }

    private static String quote(String s) {
        return json(s);
    }

    /** Python's {@code json.dumps}: ASCII only, other characters as lower-case {@code \\uXXXX} escapes. */
    static String json(Object v) {
        if (v instanceof String text) {
            StringBuilder out = new StringBuilder(text.length() + 2).append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"': out.append("\\\""); break;
                    case '\\': out.append("\\\\"); break;
                    case '\n': out.append("\\n"); break;
                    case '\r': out.append("\\r"); break;
                    case '\t': out.append("\\t"); break;
                    case '\b': out.append("\\b"); break;
                    case '\f': out.append("\\f"); break;
                    default:
                        if (c < 0x20 || c > 0x7f) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                }
            }
            return out.append('"').toString();
        }
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
