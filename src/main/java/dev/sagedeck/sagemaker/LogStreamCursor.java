package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.port.BackendException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a CloudWatch log follower must remember between polls, carried inside the opaque
 * {@link LogCursor} token: the forward token of every stream (null = read the stream from its
 * head), when streams were last listed, whether a poll has already seen the job ended, and what
 * each stream's next events are checked against ({@link LogIntegrity.Memory}).
 */
record LogStreamCursor(Map<String, String> tokens, long discoveredAtMillis, boolean endSeen, Map<String, LogIntegrity.Memory> memory) {

    LogStreamCursor {
        tokens = new LinkedHashMap<>(tokens);
        memory = new LinkedHashMap<>(memory);
    }

    LogStreamCursor(Map<String, String> tokens, long discoveredAtMillis, boolean endSeen) {
        this(tokens, discoveredAtMillis, endSeen, Map.of());
    }

    LogCursor encode() {
        ObjectNode n = SdkJson.MAPPER.createObjectNode();
        n.put("v", 1).put("d", discoveredAtMillis).put("e", endSeen);
        ObjectNode s = n.putObject("s");
        tokens.forEach(s::put);
        ObjectNode m = n.putObject("m");
        memory.forEach((stream, mem) -> {
            ObjectNode o = m.putObject(stream).put("t", mem.lastMillis()).put("r", mem.lastRound());
            mem.recent().forEach(o.putArray("f")::add);
        });
        return new LogCursor(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(n.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static LogStreamCursor decode(LogCursor cursor) {
        try {
            byte[] json = Base64.getUrlDecoder().decode(cursor.token());
            JsonNode n = SdkJson.MAPPER.readTree(json);
            if (n == null || n.path("v").asInt() != 1) {
                throw new IOException("unknown cursor version");
            }
            Map<String, String> tokens = new LinkedHashMap<>();
            n.path("s").properties().forEach(e -> tokens.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            Map<String, LogIntegrity.Memory> memory = new LinkedHashMap<>();
            n.path("m").properties().forEach(e -> {
                java.util.List<Integer> recent = new java.util.ArrayList<>();
                e.getValue().path("f").forEach(f -> recent.add(f.asInt()));
                memory.put(e.getKey(), new LogIntegrity.Memory(e.getValue().path("t").asLong(Long.MIN_VALUE),
                        e.getValue().path("r").asInt(-1), recent));
            });
            return new LogStreamCursor(tokens, n.path("d").asLong(), n.path("e").asBoolean(), memory);
        } catch (IOException | IllegalArgumentException e) {
            throw new BackendException(BackendException.Kind.INVALID,
                    "this log position is not a SageMaker log cursor; open the log again from its end");
        }
    }
}
