package dev.sagedeck.cli;

import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a job for {@code jobs --json} and {@code describe --json}, the same for local
 * and SageMaker jobs. Times are ISO-8601; absent values are null; text is as the backend gave it
 * (JSON escapes control characters, so nothing needs making inert here).
 */
final class JobJson {
    private JobJson() {}

    static Map<String, Object> of(TrainingJob j, Ownership me, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", j.name());
        m.put("arn", j.arn());
        m.put("where", j.where());
        m.put("status", j.status().text());
        m.put("secondaryStatus", j.secondaryStatus());
        m.put("failureReason", j.failureReason());
        m.put("owner", me.ownerOf(j));
        m.put("created", text(j.timing().created()));
        m.put("started", text(j.timing().started()));
        m.put("ended", text(j.timing().ended()));
        m.put("elapsedSeconds", j.timing().elapsed(now).getSeconds());
        m.put("trainingSeconds", j.timing().trainingSeconds());
        m.put("billableSeconds", j.timing().billableSeconds());
        if (j.resources() != null) {
            m.put("instanceType", j.resources().instanceType());
            m.put("instanceCount", j.resources().instanceCount());
            m.put("volumeGb", j.resources().volumeGb());
            m.put("maxRuntimeSeconds", j.resources().maxRuntimeSeconds());
            m.put("managedSpot", j.resources().managedSpot());
        }
        m.put("hyperParameters", new LinkedHashMap<>(new java.util.TreeMap<>(j.hyperParameters())));
        List<Map<String, Object>> channels = new ArrayList<>();
        for (Channel c : j.channels()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("uri", c.uri());
            cm.put("contentType", c.contentType());
            cm.put("distribution", c.distribution());
            channels.add(cm);
        }
        m.put("channels", channels);
        m.put("outputPath", j.outputPath());
        m.put("modelLocation", j.modelLocation());
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (Metric x : j.finalMetrics()) {
            metrics.put(x.name(), x.value());
        }
        m.put("finalMetrics", metrics);
        List<Map<String, Object>> transitions = new ArrayList<>();
        for (StatusTransition t : j.transitions()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("status", t.status());
            tm.put("start", text(t.start()));
            tm.put("end", text(t.end()));
            tm.put("seconds", t.duration(now).getSeconds());
            tm.put("message", t.message());
            transitions.add(tm);
        }
        m.put("transitions", transitions);
        m.put("tags", j.tags());
        m.put("roleArn", j.roleArn());
        m.put("image", j.image());
        m.put("settings", SettingsJson.of(j.settings()));
        return m;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
