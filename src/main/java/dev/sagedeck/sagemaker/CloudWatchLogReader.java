package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogStreamsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OrderBy;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;

/**
 * Follows a training job's CloudWatch log across all its instance streams
 * ({@code /aws/sagemaker/TrainingJobs}, streams {@code <job>/algo-N-<epoch>}), like the SageMaker
 * SDK's {@code logs_for_job} but keeping a forward token per stream: the first read returns the last
 * N lines, each later read only what is new, merged in time order and tagged with the instance.
 * {@link LogIntegrity} notes out-of-order, repeated and missing events per stream.
 */
final class CloudWatchLogReader {
    static final String GROUP = "/aws/sagemaker/TrainingJobs";
    private static final int MAX_PAGES_PER_STREAM = 5;
    /** A page this big suggests more is waiting right behind it. */
    private static final int FULL_PAGE = 1000;
    private static final Duration REDISCOVER = Duration.ofSeconds(30);
    /** A job that ended this long ago has nothing left in flight to CloudWatch. */
    private static final Duration SETTLED = Duration.ofSeconds(30);
    private static final Pattern STREAM = Pattern.compile("([^/]+?)-\\d{9,}(/.*)?");

    /** What the reader needs to know about the job: has it ended (and when), how many instances. */
    record JobState(boolean ended, Instant endedAt, int instances) {}

    private final AwsConnection aws;
    private final int tailLines;
    private final Clock clock;

    CloudWatchLogReader(AwsConnection aws, int tailLines, Clock clock) {
        this.aws = aws;
        this.tailLines = tailLines;
        this.clock = clock;
    }

    LogChunk read(String job, LogCursor cursor, JobState state) {
        boolean start = cursor == null || cursor.isStart();
        LogStreamCursor at = start ? new LogStreamCursor(Map.of(), 0, false) : LogStreamCursor.decode(cursor);
        List<String> notes = new ArrayList<>();
        Map<String, String> tokens = new LinkedHashMap<>(at.tokens());
        Map<String, LogIntegrity.Memory> memory = new LinkedHashMap<>(at.memory());
        long discoveredAt = at.discoveredAtMillis();
        Instant now = clock.instant();
        if (start || tokens.size() < state.instances() || state.ended() && !at.endSeen()
                || now.toEpochMilli() - discoveredAt >= REDISCOVER.toMillis()) {
            try {
                for (String s : discover(job)) {
                    if (!tokens.containsKey(s)) {
                        tokens.put(s, null);
                        if (!start) {
                            notes.add("new instance stream discovered: " + source(job, s));
                        }
                    }
                }
                discoveredAt = now.toEpochMilli();
            } catch (BackendException e) {
                if (e.kind() != Kind.THROTTLED) {
                    throw e;
                }
                notes.add(throttled("listing the log streams"));
            }
        }
        List<LogLine> lines = new ArrayList<>();
        boolean drained = true;
        for (Map.Entry<String, String> e : new ArrayList<>(tokens.entrySet())) {
            LogIntegrity check = new LogIntegrity(source(job, e.getKey()), memory.get(e.getKey()));
            try {
                StreamRead r = start ? tail(job, e.getKey(), check) : follow(job, e.getKey(), e.getValue(), check);
                lines.addAll(r.lines());
                tokens.put(e.getKey(), r.token());
                drained &= r.drained();
                // only with the token that went past them: a failed read is read again, not re-delivered
                memory.put(e.getKey(), check.memory());
                notes.addAll(check.notes());
            } catch (BackendException ex) {
                if (ex.kind() == Kind.THROTTLED) {
                    notes.add(throttled("reading " + source(job, e.getKey())));
                    drained = false;
                } else if (ex.kind() == Kind.NOT_FOUND) {
                    tokens.remove(e.getKey());
                    memory.remove(e.getKey());
                    notes.add("log stream " + e.getKey() + " no longer exists");
                } else {
                    throw ex;
                }
            }
        }
        lines.sort(Comparator.comparing(LogLine::time)); // stable: same-millisecond lines keep stream order
        if (start && lines.size() > tailLines) {
            lines = new ArrayList<>(lines.subList(lines.size() - tailLines, lines.size()));
            notes.add(0, "showing the last " + tailLines + " lines; earlier lines are in CloudWatch " + GROUP);
        }
        boolean settled = at.endSeen() || state.endedAt() != null && state.endedAt().plus(SETTLED).isBefore(now);
        boolean complete = state.ended() && drained && settled;
        if (complete && tokens.isEmpty()) {
            notes.add("this job wrote no log lines");
        }
        LogCursor next = new LogStreamCursor(tokens, discoveredAt, state.ended(), memory).encode();
        return new LogChunk(lines, next, complete, notes);
    }

    private record StreamRead(List<LogLine> lines, String token, boolean drained) {}

    /** The newest lines of a stream, and the forward token just past them. */
    private StreamRead tail(String job, String stream, LogIntegrity check) {
        GetLogEventsResponse page = getEvents(stream, null, false, tailLines);
        return new StreamRead(check.page(lines(job, stream, page.events())), page.nextForwardToken(), true);
    }

    /**
     * What came after {@code token} (from the head when null). One call per stream per poll in the
     * steady state; more pages only while they come back full. The stream counts as drained only
     * when a page brings nothing and AWS repeats the token (its end-of-stream signal).
     */
    private StreamRead follow(String job, String stream, String token, LogIntegrity check) {
        List<LogLine> out = new ArrayList<>();
        for (int pages = 0; pages < MAX_PAGES_PER_STREAM; pages++) {
            GetLogEventsResponse page = getEvents(stream, token, true, 10_000);
            out.addAll(check.page(lines(job, stream, page.events())));
            String next = page.nextForwardToken();
            boolean same = next == null || next.equals(token);
            if (next != null) {
                token = next;
            }
            if (page.events().isEmpty()) {
                if (same) {
                    return new StreamRead(out, token, true);
                }
                continue; // an empty page with a new token: AWS may have more behind it
            }
            if (same || page.events().size() < FULL_PAGE) {
                return new StreamRead(out, token, false); // new lines; the next poll checks for more
            }
        }
        return new StreamRead(out, token, false);
    }

    private GetLogEventsResponse getEvents(String stream, String token, boolean fromHead, int limit) {
        return aws.call(AwsConnection.Budget.LOGS, AwsService.LOGS, "GetLogEvents", () -> aws.logs()
                .getLogEvents(r -> r.logGroupName(GROUP).logStreamName(stream).nextToken(token)
                        .startFromHead(fromHead).limit(limit)));
    }

    /** Every stream of the job, all pages; none yet when the group does not exist. */
    private List<String> discover(String job) {
        List<String> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            DescribeLogStreamsResponse page;
            try {
                page = aws.call(AwsConnection.Budget.LOGS, AwsService.LOGS, "DescribeLogStreams", () -> aws.logs()
                        .describeLogStreams(r -> r.logGroupName(GROUP).logStreamNamePrefix(job + "/")
                                .orderBy(OrderBy.LOG_STREAM_NAME).limit(50).nextToken(next)));
            } catch (BackendException e) {
                if (e.kind() == Kind.NOT_FOUND) {
                    return out; // the group appears with the account's first training log
                }
                throw e;
            }
            page.logStreams().stream().map(LogStream::logStreamName).forEach(out::add);
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return out;
    }

    private static List<LogLine> lines(String job, String stream, List<OutputLogEvent> events) {
        String source = source(job, stream);
        List<LogLine> out = new ArrayList<>(events.size());
        for (OutputLogEvent e : events) {
            String text = e.message() == null ? "" : e.message();
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1));
            }
            Instant t = e.timestamp() == null ? Instant.EPOCH : Instant.ofEpochMilli(e.timestamp());
            out.add(new LogLine(t, source, text.replace("#011", "\t")));
        }
        return out;
    }

    /** {@code job/algo-2-1680535238} → {@code algo-2}; {@code .../ssm} suffixes are kept. */
    static String source(String job, String stream) {
        String rest = stream.startsWith(job + "/") ? stream.substring(job.length() + 1) : stream;
        Matcher m = STREAM.matcher(rest);
        return m.matches() ? m.group(1) + (m.group(2) == null ? "" : m.group(2)) : rest;
    }

    private static String throttled(String what) {
        return "CloudWatch Logs is throttling (Rate exceeded) while " + what + "; the lines follow on a later poll";
    }
}
