package dev.sagedeck.local;

import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.json.JsonException;
import dev.sagedeck.json.JsonFields;
import dev.sagedeck.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code job.json} mapped by hand: the same fields, order and values databind wrote with
 * {@code INDENT_OUTPUT} and {@code NON_NULL} (so files old and new look alike and either version
 * reads the other's), without databind's start-up cost in every job process. Unknown fields are
 * ignored; an absent or null field keeps the record's default; times are ISO-8601 strings (blank
 * reads as none). A field of the wrong type names itself in the error.
 */
final class JobRecordJson {
    private JobRecordJson() {}

    static Map<String, Object> tree(JobRecord r) {
        JsonObject o = new JsonObject()
                .put("version", r.version)
                .put("name", r.name)
                .put("owner", r.owner)
                .put("status", r.status)
                .put("secondaryStatus", r.secondaryStatus)
                .put("transitions", list(r.transitions, p -> new JsonObject().put("status", p.status()).put("start", time(p.start()))
                        .put("end", time(p.end())).put("message", p.message()).tree()))
                .put("created", time(r.created))
                .put("started", time(r.started))
                .put("ended", time(r.ended))
                .put("pid", r.pid)
                .put("pidStart", time(r.pidStart))
                .put("workerPid", r.workerPid)
                .put("workerStart", time(r.workerStart))
                .put("exitCode", r.exitCode)
                .putEntries("hyperParameters", r.hyperParameters)
                .put("channels", list(r.channels, c -> new JsonObject().put("name", c.name()).put("source", c.source())
                        .put("path", c.path()).tree()))
                .put("modelLocation", r.modelLocation)
                .putEntries("finalMetrics", r.finalMetrics)
                .putEntries("testMetrics", r.testMetrics)
                .put("trainingSeconds", r.trainingSeconds)
                .put("roundsTrained", r.roundsTrained)
                .put("failureReason", r.failureReason)
                .put("stopRequested", time(r.stopRequested))
                .put("stopGraceSeconds", r.stopGraceSeconds)
                .put("launch", r.launch == null ? null : launch(r.launch))
                .put("metricDefinitions", list(r.metricDefinitions, m -> new JsonObject().put("name", m.name()).put("regex", m.regex()).tree()))
                .putEntries("tags", r.tags)
                .put("search", r.search == null ? null : search(r.search))
                .put("tuningJob", r.tuningJob)
                .put("stoppedEarly", r.stoppedEarly);
        return o.tree();
    }

    static JobRecord record(Object tree) throws JsonException {
        JsonFields f = JsonFields.root(tree, "the job record");
        JobRecord r = new JobRecord();
        r.version = f.integer("version", r.version);
        r.name = f.string("name");
        r.owner = f.string("owner");
        r.status = f.string("status");
        r.secondaryStatus = f.string("secondaryStatus");
        List<JsonFields> phases = f.objects("transitions");
        if (phases != null) {
            for (JsonFields p : phases) {
                r.transitions.add(new JobRecord.Phase(p.string("status"), time(p, "start"), time(p, "end"), p.string("message")));
            }
        }
        r.created = time(f, "created");
        r.started = time(f, "started");
        r.ended = time(f, "ended");
        r.pid = f.wholeNumber("pid");
        r.pidStart = time(f, "pidStart");
        r.workerPid = f.wholeNumber("workerPid");
        r.workerStart = time(f, "workerStart");
        r.exitCode = f.integer("exitCode");
        r.hyperParameters = orDefault(f.strings("hyperParameters", TreeMap::new), r.hyperParameters);
        List<JsonFields> channels = f.objects("channels");
        if (channels != null) {
            for (JsonFields c : channels) {
                r.channels.add(new JobRecord.ChannelEntry(c.string("name"), c.string("source"), c.string("path")));
            }
        }
        r.modelLocation = f.string("modelLocation");
        r.finalMetrics = orDefault(f.numbers("finalMetrics", TreeMap::new), r.finalMetrics);
        r.testMetrics = orDefault(f.numbers("testMetrics", TreeMap::new), r.testMetrics);
        r.trainingSeconds = f.number("trainingSeconds");
        r.roundsTrained = f.integer("roundsTrained");
        r.failureReason = f.string("failureReason");
        r.stopRequested = time(f, "stopRequested");
        r.stopGraceSeconds = f.wholeNumber("stopGraceSeconds", r.stopGraceSeconds);
        JsonFields launch = f.object("launch");
        r.launch = launch == null ? null : launch(launch);
        List<JsonFields> definitions = f.objects("metricDefinitions");
        if (definitions != null) {
            for (JsonFields m : definitions) {
                r.metricDefinitions.add(new MetricDefinition(m.string("name"), m.string("regex")));
            }
        }
        r.tags = orDefault(f.strings("tags", TreeMap::new), r.tags);
        JsonFields search = f.object("search");
        r.search = search == null ? null : search(search);
        r.tuningJob = f.string("tuningJob");
        r.stoppedEarly = f.string("stoppedEarly");
        return r;
    }

    private static Map<String, Object> launch(JobRecord.Launch l) {
        return new JsonObject().put("mode", l.mode()).put("sample", l.sample()).put("train", l.train()).put("test", l.test())
                .put("preset", l.preset()).put("label", l.label()).put("drop", l.drop()).put("scriptFile", l.scriptFile())
                .put("entryPoint", l.entryPoint()).put("sourceDir", l.sourceDir()).put("maxRuntimeSeconds", l.maxRuntimeSeconds())
                .tree();
    }

    private static JobRecord.Launch launch(JsonFields l) throws JsonException {
        return new JobRecord.Launch(l.string("mode"), l.string("sample"), l.string("train"), l.string("test"), l.string("preset"),
                l.string("label"), l.strings("drop"), l.string("scriptFile"), l.string("entryPoint"), l.string("sourceDir"),
                l.wholeNumber("maxRuntimeSeconds", 0));
    }

    private static Map<String, Object> search(SearchRecord s) {
        return new JsonObject().put("ranges", s.ranges).put("strategy", s.strategy).put("objective", s.objective)
                .put("direction", s.direction).put("maxJobs", s.maxJobs).put("maxParallel", s.maxParallel).put("seed", s.seed)
                .put("earlyStopping", s.earlyStopping).put("parallel", s.parallel).put("threads", s.threads)
                .put("parallelReason", s.parallelReason).put("children", s.children).put("completed", s.completed)
                .put("failed", s.failed).put("stopped", s.stopped).put("stoppedEarly", s.stoppedEarly).put("bestJob", s.bestJob)
                .put("bestValue", s.bestValue).tree();
    }

    private static SearchRecord search(JsonFields f) throws JsonException {
        SearchRecord s = new SearchRecord();
        s.ranges = orDefault(f.strings("ranges"), s.ranges);
        s.strategy = f.string("strategy");
        s.objective = f.string("objective");
        s.direction = f.string("direction");
        s.maxJobs = f.integer("maxJobs", 0);
        s.maxParallel = f.integer("maxParallel", 0);
        s.seed = f.wholeNumber("seed", 0);
        s.earlyStopping = f.string("earlyStopping");
        s.parallel = f.integer("parallel");
        s.threads = f.integer("threads");
        s.parallelReason = f.string("parallelReason");
        s.children = orDefault(f.strings("children"), s.children);
        s.completed = f.integer("completed", 0);
        s.failed = f.integer("failed", 0);
        s.stopped = f.integer("stopped", 0);
        s.stoppedEarly = f.integer("stoppedEarly", 0);
        s.bestJob = f.string("bestJob");
        s.bestValue = f.number("bestValue");
        return s;
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    private static Instant time(JsonFields f, String key) throws JsonException {
        return f.parsed(key, "a time like 2026-12-07T01:02:03Z", Instant::parse);
    }

    private static <T> List<Object> list(List<T> items, java.util.function.Function<T, Object> each) {
        if (items == null) {
            return null;
        }
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(i == null ? null : each.apply(i)));
        return out;
    }

    private static <T> T orDefault(T read, T otherwise) {
        return read == null ? otherwise : read;
    }
}
