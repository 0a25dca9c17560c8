package dev.sagedeck.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.RangeSyntax;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningLimits;
import dev.sagedeck.domain.tuning.TuningPlan;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An older sagedeck (databind) and this one share a state directory: a running old job process and a
 * new dashboard, or the other way round. Every record either writes reads back equal through the
 * other, and the files are byte for byte the same, so nobody can tell which version wrote them.
 */
class JobRecordFormatCompatibilityTest {
    private static final String CONTROL = "tab\there, new\nline, cr\r, nul\u0000, esc\u001b[31m, bell\u0007, c1\u009b, ls\u2028";
    private static final String UNICODE = "héllo wörld ✓ 日本語 😀 \"quoted\" back\\slash";

    @TempDir
    Path tmp;

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("every field set, a search with its plan", everything()),
                Arguments.of("a new record: defaults only", new JobRecord()),
                Arguments.of("every field null or empty", nothing()),
                Arguments.of("a script run with metric rules and nulls inside", script()),
                Arguments.of("extreme numbers", extremes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theFileIsByteForByteWhatDatabindWrote(String what, JobRecord r) throws Exception {
        assertThat(new String(JobRecordFile.bytes(r), StandardCharsets.UTF_8))
                .isEqualTo(new String(DatabindJobRecord.MAPPER.writeValueAsBytes(r), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void aFileAnOlderVersionWrote_readsIntoAnEqualRecord(String what, JobRecord r) throws Exception {
        Path file = tmp.resolve("job.json");
        Files.write(file, DatabindJobRecord.MAPPER.writeValueAsBytes(r));

        JobRecord mine = JobRecordFile.read(file);

        assertSame(mine, DatabindJobRecord.MAPPER.readValue(file.toFile(), JobRecord.class));
        assertSame(mine, normalised(r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void aFileThisVersionWrote_readsBackEquallyThroughTheOlderVersion(String what, JobRecord r) throws Exception {
        Path file = tmp.resolve("job.json");
        JobRecordFile.write(file, r);

        JobRecord old = DatabindJobRecord.MAPPER.readValue(file.toFile(), JobRecord.class);

        assertSame(old, JobRecordFile.read(file));
        assertSame(old, normalised(r));
    }

    @Test
    void aSearchsPlan_readBack_isThePlanItWasWrittenFrom() throws Exception {
        Path file = tmp.resolve("job.json");
        JobRecord r = everything();
        JobRecordFile.write(file, r);

        TuningPlan back = JobRecordFile.read(file).search.plan(Map.of("objective", "binary:logistic"));

        assertThat(back).isEqualTo(plan());
        assertThat(DatabindJobRecord.MAPPER.readValue(file.toFile(), JobRecord.class).search.plan(Map.of("objective", "binary:logistic"))).isEqualTo(plan());
    }

    /** Files written by hand or by older versions: what databind accepted the same way (unknown fields, blank times, whole numbers for decimals, "NaN"). */
    @Test
    void handWrittenFiles_readAsDatabindReadThem() throws Exception {
        for (String json : List.of(
                "{\"name\":\"a-1\",\"unknownField\":{\"deep\":[1,2,{\"x\":null}]},\"futureFlag\":true}",
                "{\"name\":\"a-1\",\"created\":\"   \",\"started\":\"\",\"ended\":null,\"pidStart\":\"2026-12-07T01:02:03.123456789Z\"}",
                "{\"trainingSeconds\":3,\"finalMetrics\":{\"a\":1,\"b\":\"NaN\",\"c\":\"-Infinity\",\"d\":1e400,\"e\":12345678901234567890},\"bestValue\":2}",
                "{\"search\":{\"maxJobs\":4,\"bestValue\":7,\"ranges\":[]},\"launch\":{\"mode\":\"builtin\"},\"transitions\":[{}]}",
                "{\"pid\":4294967296,\"exitCode\":-1,\"stopGraceSeconds\":120,\"version\":2,\"hyperParameters\":{\"b\":\"2\",\"a\":\"1\"}}",
                "  \n{ \"name\" : \"spaced-1\" }\n\n")) {
            Path file = tmp.resolve("job.json");
            Files.writeString(file, json);

            assertSame(JobRecordFile.read(file), DatabindJobRecord.MAPPER.readValue(file.toFile(), JobRecord.class));
        }
    }

    /**
     * Equal field by field, down into lists, maps and the search: every field's value as a tree (lists in
     * order, maps by key whatever the map's class: databind read them as LinkedHashMaps, this version as
     * TreeMaps, in key order as a new record keeps them; doubles exactly, NaN equal to NaN, 0.0 not -0.0).
     */
    private static void assertSame(JobRecord actual, JobRecord expected) {
        JsonNode a = DatabindJobRecord.MAPPER.valueToTree(actual);
        JsonNode e = DatabindJobRecord.MAPPER.valueToTree(expected);
        assertThat(a).as("%s%nexpected%n%s", a.toPrettyString(), e.toPrettyString()).isEqualTo(e);
        assertThat(actual.hyperParameters == null ? null : actual.hyperParameters.keySet())
                .containsExactlyElementsOf(expected.hyperParameters == null ? java.util.Set.of() : new java.util.TreeSet<>(expected.hyperParameters.keySet()));
    }

    /** What the old reader made of a record: hyperparameters in key order; maps drop null values (NON_NULL). */
    private static JobRecord normalised(JobRecord r) throws Exception {
        return DatabindJobRecord.MAPPER.readValue(DatabindJobRecord.MAPPER.writeValueAsBytes(r), JobRecord.class);
    }

    private static TuningPlan plan() {
        return new TuningPlan(List.of(RangeSyntax.range("max_depth=3:9"), RangeSyntax.range("eta=0.01:0.3:log"),
                RangeSyntax.values("booster=gbtree,dart")), Map.of("objective", "binary:logistic"), SearchStrategy.RANDOM,
                new Objective("validation:auc", Objective.Direction.MAXIMIZE), new TuningLimits(20, 3), EarlyStopping.AUTO, 42);
    }

    private static JobRecord everything() {
        JobRecord r = new JobRecord();
        r.version = 1;
        r.name = "alice-search-20261207-010203-ab12";
        r.owner = "alice " + UNICODE;
        r.status = "InProgress";
        r.secondaryStatus = "Training";
        Instant t = Instant.parse("2026-12-07T01:02:03.123456789Z");
        r.created = t;
        r.started = t.plusSeconds(1);
        r.ended = t.plusMillis(2500);
        r.enter("Starting", t, "started " + CONTROL);
        r.enter("Downloading", t.plusMillis(10), UNICODE);
        r.enter("Training", t.plusSeconds(3), "");
        r.pid = 123456L;
        r.pidStart = t.minusNanos(1);
        r.workerPid = 654321L;
        r.workerStart = Instant.EPOCH;
        r.exitCode = 0;
        r.hyperParameters.put("max_depth", "5");
        r.hyperParameters.put("eta", "0.1");
        r.hyperParameters.put("objective", "binary:logistic");
        r.hyperParameters.put("weird " + CONTROL, UNICODE);
        r.channels.add(new JobRecord.ChannelEntry("train", "/data/titanic_train.csv", "/state/jobs/x/input/data/train"));
        r.channels.add(new JobRecord.ChannelEntry("test", "sample:titanic", "/state/jobs/x/input/data/test"));
        r.modelLocation = "/state/jobs/x/model/model.ubj";
        r.finalMetrics.put("train:logloss", 0.123456789012345);
        r.finalMetrics.put("validation:logloss", 1e-300);
        r.finalMetrics.put("validation:auc", 0.875);
        r.testMetrics.put("accuracy", 0.8146);
        r.testMetrics.put("nan", Double.NaN);
        r.trainingSeconds = 0.16283;
        r.roundsTrained = 100;
        r.failureReason = "failed: " + CONTROL;
        r.stopRequested = t.plusSeconds(2);
        r.stopGraceSeconds = 120;
        r.launch = new JobRecord.Launch(JobRecord.Launch.TUNING, "titanic", "/data/train.csv", "/data/test.csv", "titanic",
                "Survived", List.of("Name", "Ticket", UNICODE), "/src/train.py", "train.py", "/src", 86_400);
        r.metricDefinitions.add(new MetricDefinition("validation:auc", "validation-auc:([0-9.]+)"));
        r.metricDefinitions.add(new MetricDefinition("loss", "loss=(\\S+) \\d+ \"q\""));
        r.tags.put("sagedeck:data-rows", "713");
        r.tags.put("sagedeck:tuning-job", UNICODE);
        SearchRecord s = SearchRecord.of(plan());
        s.parallel = 2;
        s.threads = 1;
        s.parallelReason = "2 cores; 3.1 GB available";
        s.children.addAll(List.of("alice-search-001", "alice-search-002"));
        s.completed = 1;
        s.failed = 1;
        s.stopped = 0;
        s.stoppedEarly = 1;
        s.bestJob = "alice-search-001";
        s.bestValue = 0.91;
        r.search = s;
        r.tuningJob = "alice-search-parent";
        r.stoppedEarly = "round 5: validation:logloss 0.62 > median 0.55";
        return r;
    }

    private static JobRecord nothing() {
        JobRecord r = new JobRecord();
        r.version = 0;
        r.transitions = null;
        r.hyperParameters = null;
        r.channels = null;
        r.finalMetrics = null;
        r.testMetrics = null;
        r.metricDefinitions = null;
        r.tags = null;
        r.launch = new JobRecord.Launch(null, null, null, null, null, null, null, null, null, null, 0);
        r.search = new SearchRecord();
        r.search.ranges = new ArrayList<>();
        r.search.children = new ArrayList<>();
        r.name = "";
        r.status = "";
        return r;
    }

    private static JobRecord script() {
        JobRecord r = new JobRecord();
        r.name = "bob-train-1";
        r.status = "Failed";
        r.transitions.add(new JobRecord.Phase(null, null, null, null));
        r.transitions.add(new JobRecord.Phase("Failed", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), null));
        r.launch = new JobRecord.Launch(JobRecord.Launch.SCRIPT, null, null, null, null, null, Arrays.asList("a", null, ""),
                "/home/bob/train.py", "train.py", null, 0);
        r.metricDefinitions.add(new MetricDefinition(null, null));
        r.hyperParameters.put("dropped", null); // NON_NULL: a map's null value is left out
        r.finalMetrics.put("gone", null);
        r.tags = new TreeMap<>(Map.of("k", ""));
        r.exitCode = 137;
        r.search = new SearchRecord();
        r.search.children = new ArrayList<>(Arrays.asList("c-1", null));
        return r;
    }

    private static JobRecord extremes() {
        JobRecord r = new JobRecord();
        r.name = "x";
        r.version = Integer.MAX_VALUE;
        r.pid = Long.MAX_VALUE;
        r.workerPid = Long.MIN_VALUE;
        r.exitCode = Integer.MIN_VALUE;
        r.roundsTrained = Integer.MAX_VALUE;
        r.stopGraceSeconds = Long.MIN_VALUE;
        r.trainingSeconds = Double.MAX_VALUE;
        r.created = Instant.ofEpochSecond(253402300800L); // year 10000: "+10000-01-01T00:00:00Z"
        r.started = Instant.parse("-0001-01-01T00:00:00Z");
        r.ended = Instant.ofEpochSecond(0, 1);
        r.finalMetrics.put("max", Double.MAX_VALUE);
        r.finalMetrics.put("min", Double.MIN_VALUE);
        r.finalMetrics.put("negzero", -0.0);
        r.finalMetrics.put("inf", Double.POSITIVE_INFINITY);
        r.finalMetrics.put("-inf", Double.NEGATIVE_INFINITY);
        r.finalMetrics.put("nan", Double.NaN);
        r.finalMetrics.put("tiny", 4.9e-324);
        r.finalMetrics.put("third", 1.0 / 3);
        r.finalMetrics.put("big", 1e22);
        r.finalMetrics.put("int", 3.0);
        r.search = new SearchRecord();
        r.search.seed = Long.MIN_VALUE;
        r.search.maxJobs = Integer.MIN_VALUE;
        r.search.bestValue = Double.NaN;
        r.launch = new JobRecord.Launch("builtin", "titanic", null, null, null, null, List.of(), null, null, null, Long.MAX_VALUE);
        return r;
    }

    @Test
    void configFilesOfTheJobDirectory_areWhatDatabindWrote() throws Exception {
        Map<String, Object> channels = new java.util.LinkedHashMap<>();
        channels.put("train", ToolkitEnvironment.channelConfig());
        channels.put("test", ToolkitEnvironment.channelConfig());
        for (Object tree : List.of(channels, ToolkitEnvironment.resourceConfig(), everything().hyperParameters)) {
            assertThat(new String(Json.prettyBytes(tree), StandardCharsets.UTF_8))
                    .isEqualTo(new String(DatabindJobRecord.MAPPER.writeValueAsBytes(tree), StandardCharsets.UTF_8));
        }
    }
}
