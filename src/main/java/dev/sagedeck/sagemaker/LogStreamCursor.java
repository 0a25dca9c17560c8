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
 * head), when streams were last listed, and whether a poll has already seen the job ended.
 */
record LogStreamCursor(Map<String, String> tokens, long discoveredAtMillis, boolean endSeen) {

    LogStreamCursor {
        tokens = new LinkedHashMap<>(tokens);
    }

    LogCursor encode() {
        ObjectNode n = SdkJson.MAPPER.createObjectNode();
        n.put("v", 1).put("d", discoveredAtMillis).put("e", endSeen);
        ObjectNode s = n.putObject("s");
        tokens.forEach(s::put);
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
            return new LogStreamCursor(tokens, n.path("d").asLong(), n.path("e").asBoolean());
        } catch (IOException | IllegalArgumentException e) {
            throw new BackendException(BackendException.Kind.INVALID,
                    "this log position is not a SageMaker log cursor; open the log again from its end");
        }
    }
}
