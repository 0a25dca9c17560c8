package dev.sagedeck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.testing.ScriptedAws.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CloudWatch Logs side of the scripted endpoint: groups, streams and events, with
 * DescribeLogStreams (prefix, paging) and GetLogEvents (forward/backward tokens that repeat at the
 * end of a stream, startFromHead, limit). Tests append lines while a reader follows.
 */
public final class ScriptedAwsLogs {
    public static final String TRAINING_GROUP = "/aws/sagemaker/TrainingJobs";

    private record Event(long timestamp, String message) {}

    private final Map<String, Map<String, List<Event>>> groups = new ConcurrentHashMap<>();
    private volatile int streamsPerPage = 50;
    private volatile int eventsPerPage = 10_000;

    ScriptedAwsLogs(ScriptedAws aws) {
        aws.on("Logs_20140328.DescribeLogStreams", this::describeStreams);
        aws.on("Logs_20140328.GetLogEvents", this::getEvents);
    }

    /** Appends one line to {@code stream} of the training-job group, creating both as needed. */
    public ScriptedAwsLogs append(String stream, Instant time, String message) {
        Map<String, List<Event>> g = groups.computeIfAbsent(TRAINING_GROUP, k -> new TreeMap<>());
        synchronized (g) {
            g.computeIfAbsent(stream, k -> new ArrayList<>()).add(new Event(time.toEpochMilli(), message));
        }
        return this;
    }

    /** Caps DescribeLogStreams pages, to exercise paging. */
    public void streamsPerPage(int n) {
        streamsPerPage = n;
    }

    /** Caps GetLogEvents pages, to exercise paging. */
    public void eventsPerPage(int n) {
        eventsPerPage = n;
    }

    private Map<String, List<Event>> group(JsonNode req) {
        return groups.get(req.path("logGroupName").asText());
    }

    private static Reply missing(String what) {
        return Reply.error(400, "ResourceNotFoundException", "The specified log " + what + " does not exist.");
    }

    private Reply describeStreams(JsonNode req) {
        Map<String, List<Event>> g = group(req);
        if (g == null) {
            return missing("group");
        }
        int limit = req.path("limit").asInt(50);
        if (limit > 50) {
            return Reply.error(400, "InvalidParameterException", "limit must be at most 50");
        }
        String prefix = req.path("logStreamNamePrefix").asText("");
        List<String> names;
        synchronized (g) {
            names = g.keySet().stream().filter(n -> n.startsWith(prefix)).toList();
        }
        int from = req.hasNonNull("nextToken") ? Integer.parseInt(req.get("nextToken").asText()) : 0;
        int to = Math.min(names.size(), from + Math.min(limit, streamsPerPage));
        ObjectNode out = ScriptedAws.JSON.createObjectNode();
        ArrayNode streams = out.putArray("logStreams");
        for (String n : names.subList(from, to)) {
            streams.addObject().put("logStreamName", n).put("creationTime", 0)
                    .put("arn", "arn:aws:logs:us-east-1:123456789012:log-group:" + TRAINING_GROUP + ":log-stream:" + n);
        }
        if (to < names.size()) {
            out.put("nextToken", Integer.toString(to));
        }
        return Reply.ok(out);
    }

    private Reply getEvents(JsonNode req) {
        Map<String, List<Event>> g = group(req);
        if (g == null) {
            return missing("group");
        }
        List<Event> events;
        synchronized (g) {
            List<Event> stream = g.get(req.path("logStreamName").asText());
            if (stream == null) {
                return missing("stream");
            }
            events = List.copyOf(stream);
        }
        int limit = Math.min(req.path("limit").asInt(10_000), eventsPerPage);
        String token = req.path("nextToken").asText(null);
        boolean fromHead = req.path("startFromHead").asBoolean(false);
        int from;
        int to;
        if (token == null) {
            from = fromHead ? 0 : Math.max(0, events.size() - limit);
            to = fromHead ? Math.min(events.size(), limit) : events.size();
        } else if (token.startsWith("f/")) {
            from = Integer.parseInt(token.substring(2));
            to = Math.min(events.size(), from + limit);
        } else if (token.startsWith("b/")) {
            to = Integer.parseInt(token.substring(2));
            from = Math.max(0, to - limit);
        } else {
            return Reply.error(400, "InvalidParameterException", "The specified nextToken is invalid.");
        }
        ObjectNode out = ScriptedAws.JSON.createObjectNode();
        ArrayNode page = out.putArray("events");
        for (Event e : events.subList(from, to)) {
            page.addObject().put("timestamp", e.timestamp()).put("message", e.message()).put("ingestionTime", e.timestamp());
        }
        out.put("nextForwardToken", "f/" + to).put("nextBackwardToken", "b/" + from);
        return Reply.ok(out);
    }
}
