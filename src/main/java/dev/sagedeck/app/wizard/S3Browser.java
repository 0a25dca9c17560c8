package dev.sagedeck.app.wizard;

import dev.sagedeck.port.ObjectStore.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * The S3 browser over the wizard's data step: which field it fills, the prefix shown, whether its
 * listing is on its way, the entries (folders first, as listed), whether more were not shown, why
 * listing failed (null if it did not), and the selected row. Row 0 is "../" below the bucket's root.
 */
public record S3Browser(WizardField field, String prefix, boolean loading, List<Entry> entries, boolean truncated, String error,
        int selected) {
    public static final String UP = "../";

    public S3Browser {
        entries = List.copyOf(entries);
    }

    /** A browser waiting for the listing of {@code prefix}. */
    public static S3Browser loading(WizardField field, String prefix) {
        return new S3Browser(field, prefix, true, List.of(), false, null, 0);
    }

    public S3Browser listed(List<Entry> e, boolean more) {
        return new S3Browser(field, prefix, false, e, more, null, 0);
    }

    public S3Browser failed(String why) {
        return new S3Browser(field, prefix, false, List.of(), false, why, 0);
    }

    public S3Browser select(int row) {
        return new S3Browser(field, prefix, loading, entries, truncated, error, Math.max(0, Math.min(rows().size() - 1, row)));
    }

    /** What the list shows: "../" (below the root), then the entries. */
    public List<Entry> rows() {
        List<Entry> out = new ArrayList<>();
        if (!S3Uris.isBucketRoot(prefix)) {
            out.add(new Entry(UP, S3Uris.parentPrefix(prefix), true, -1));
        }
        out.addAll(entries);
        return out;
    }
}
