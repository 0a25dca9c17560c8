import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.sagedeck.local.JobRecord;
import dev.sagedeck.local.JobRecordFile;
import java.io.IOException;
import java.nio.file.*;
import java.time.Instant;

/**
 * The first job.json read and write in a fresh JVM, the old way (databind, JobRecordFile's former mapper) or
 * the new (JobRecordFile: jackson-core's streaming API). Compile against a dist jar, then run each in its own JVM:
 * javac -d DIR -cp dist/sagedeck.jar bench/ab/FirstRead.java; java -XX:+UseSerialGC -cp dist/sagedeck.jar:DIR FirstRead json JOB_JSON
 * FirstRead databind|json JOB_JSON: thread CPU ms of the first read, the first write and a second read, in a fresh JVM. */
public class FirstRead {
    static final java.lang.management.ThreadMXBean T = java.lang.management.ManagementFactory.getThreadMXBean();
    public static void main(String[] a) throws Exception {
        Path in = Path.of(a[1]);
        Path out = Files.createTempFile("fr", ".json");
        long t0 = T.getCurrentThreadCpuTime();
        JobRecord r = a[0].equals("databind") ? mapper().readValue(Files.readAllBytes(in), JobRecord.class) : JobRecordFile.read(in);
        long t1 = T.getCurrentThreadCpuTime();
        if (a[0].equals("databind")) Files.write(out, mapper().writeValueAsBytes(r)); else JobRecordFile.write(out, r);
        long t2 = T.getCurrentThreadCpuTime();
        JobRecord again = a[0].equals("databind") ? mapper().readValue(Files.readAllBytes(in), JobRecord.class) : JobRecordFile.read(in);
        long t3 = T.getCurrentThreadCpuTime();
        System.out.printf("%s read %.1f write %.1f second-read %.1f ms (%s)%n", a[0], (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, again.name);
        Files.delete(out);
    }

    static ObjectMapper M;
    static ObjectMapper mapper() {
        if (M != null) return M;
        SimpleModule m = new SimpleModule("instants");
        m.addSerializer(Instant.class, new JsonSerializer<>() {
            public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException { g.writeString(v.toString()); }
        });
        m.addDeserializer(Instant.class, new JsonDeserializer<>() {
            public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String t = p.getValueAsString(); return t == null || t.isBlank() ? null : Instant.parse(t);
            }
        });
        return M = new ObjectMapper().registerModule(m).enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }
}
