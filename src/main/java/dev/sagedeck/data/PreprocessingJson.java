package dev.sagedeck.data;

import dev.sagedeck.json.JsonException;
import dev.sagedeck.json.JsonFields;
import dev.sagedeck.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code preprocessing.json} mapped by hand: the fields, order and values databind wrote for the
 * {@link Preprocessing} record ({@code NON_NULL}, pretty-printed), read as strictly as databind's
 * default mapper read them (an unknown field is an error), without databind in the job process.
 */
final class PreprocessingJson {
    private static final Set<String> FIELDS = Set.of("version", "preset", "source", "label", "task", "labelClasses", "features", "dropped");
    private static final Set<String> FEATURE_FIELDS = Set.of("name", "type", "fill", "fillCategory", "codes");

    private PreprocessingJson() {}

    static Map<String, Object> tree(Preprocessing p) {
        List<Object> features = new ArrayList<>(p.features().size());
        for (Preprocessing.Feature f : p.features()) {
            features.add(new JsonObject().put("name", f.name()).put("type", f.type()).put("fill", f.fill())
                    .put("fillCategory", f.fillCategory()).put("codes", f.codes()).tree());
        }
        return new JsonObject().put("version", p.version()).put("preset", p.preset()).put("source", p.source())
                .put("label", p.label()).put("task", p.task() == null ? null : p.task().name()).put("labelClasses", p.labelClasses())
                .put("features", features).put("dropped", p.dropped()).tree();
    }

    static Preprocessing read(Object tree) throws JsonException {
        JsonFields f = JsonFields.root(tree, "preprocessing.json");
        f.onlyKnown(FIELDS);
        List<JsonFields> features = f.objects("features");
        if (features == null) {
            throw new JsonException("\"features\" is missing");
        }
        List<Preprocessing.Feature> read = new ArrayList<>(features.size());
        for (JsonFields x : features) {
            x.onlyKnown(FEATURE_FIELDS);
            read.add(new Preprocessing.Feature(x.string("name"), x.string("type"), x.number("fill"), x.string("fillCategory"),
                    x.integers("codes")));
        }
        Task task = f.parsed("task", "one of " + List.of(Task.values()), Task::valueOf);
        try {
            return new Preprocessing(f.integer("version", 0), f.string("preset"), f.string("source"), f.string("label"), task,
                    f.strings("labelClasses"), read, f.strings("dropped"));
        } catch (NullPointerException e) { // List.copyOf: a list with a null in it
            throw new JsonException("a list in it holds null");
        }
    }
}
