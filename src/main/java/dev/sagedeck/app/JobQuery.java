package dev.sagedeck.app;

import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.SearchAsJob;
import dev.sagedeck.domain.tuning.TuningJob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which jobs the list shows, in which order. The filter takes words: {@code status:InProgress},
 * {@code where:local}, {@code owner:bob}, {@code mine}, or plain text matched in the name; all
 * words must match. A search's training jobs are grouped under it (folded unless it is expanded); the
 * filter applies to every row, so a training job that matches while its search does not shows as a
 * row of its own; the sort orders the searches among the jobs and the training jobs within their search.
 */
public final class JobQuery {
    private JobQuery() {}

    /** The jobs of the rows shown, top to bottom: what the cursor moves over and the keys act on. */
    public static List<TrainingJob> visible(JobListState list, Ownership me) {
        return rows(list, me).stream().map(ListRow::job).toList();
    }

    /** The rows shown, top to bottom: jobs and searches in the sort's order, an expanded search's training jobs under it. */
    public static List<ListRow> rows(JobListState list, Ownership me) {
        SearchList sl = list.searches();
        Map<String, TuningJob> searches = new LinkedHashMap<>();
        sl.searches().forEach(t -> searches.putIfAbsent(t.name(), t));
        Map<String, TrainingJob> records = new HashMap<>();
        Map<String, List<TrainingJob>> children = new HashMap<>();
        Set<String> grouped = new HashSet<>();
        for (TrainingJob j : list.jobs()) {
            TuningJob itself = searches.get(j.name());
            if (itself != null && itself.backend() == j.backend() && SearchAsJob.isSearch(j)) {
                records.put(j.name(), j); // a local search's own record: the search's row stands for it
                continue;
            }
            // only the tag its search gave it groups a job, never a name that merely starts like the search's
            TuningJob parent = SearchAsJob.parentOf(j).map(searches::get).orElse(null);
            if (parent != null && parent.backend() == j.backend()) {
                children.computeIfAbsent(parent.name(), k -> new ArrayList<>()).add(j);
                grouped.add(j.name());
            }
        }
        // training jobs listed for an expanded search that the list lacks, or listed without their search
        for (Map.Entry<String, List<TrainingJob>> e : sl.children().entrySet()) {
            TuningJob parent = searches.get(e.getKey());
            if (parent == null) {
                continue;
            }
            List<TrainingJob> kids = children.computeIfAbsent(parent.name(), k -> new ArrayList<>());
            Set<String> known = new HashSet<>();
            kids.forEach(k -> known.add(k.name()));
            for (TrainingJob j : e.getValue()) {
                if (known.add(j.name())) {
                    kids.add(j);
                    grouped.add(j.name());
                }
            }
        }
        Comparator<TrainingJob> order = list.sort().order();
        List<ListRow> top = new ArrayList<>();
        for (TrainingJob j : list.jobs()) {
            if (!records.containsKey(j.name()) && !grouped.contains(j.name()) && matches(j, list.filter(), me)) {
                top.add(ListRow.job(j));
            }
        }
        Map<String, List<TrainingJob>> shownKids = new HashMap<>();
        for (TuningJob t : searches.values()) {
            TrainingJob asJob = records.getOrDefault(t.name(), SearchAsJob.of(t));
            List<TrainingJob> kids = new ArrayList<>();
            for (TrainingJob k : children.getOrDefault(t.name(), List.of())) {
                if (matches(k, list.filter(), me)) {
                    kids.add(k);
                }
            }
            if (matches(asJob, list.filter(), me)) {
                kids.sort(order);
                shownKids.put(t.name(), kids);
                top.add(ListRow.search(asJob, t, sl.isExpanded(t.name())));
            } else {
                // the filter hides the search: its training jobs that match show as rows of their own
                kids.forEach(k -> top.add(ListRow.job(k)));
            }
        }
        top.sort(Comparator.comparing(ListRow::job, order));
        List<ListRow> out = new ArrayList<>();
        for (ListRow r : top) {
            out.add(r);
            if (r.kind() == ListRow.Kind.SEARCH && r.expanded()) {
                shownKids.get(r.name()).forEach(k -> out.add(ListRow.child(k, r.search())));
            }
        }
        return out;
    }

    public static boolean matches(TrainingJob job, String filter, Ownership me) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        for (String word : filter.trim().split("\\s+")) {
            if (!matchesWord(job, word.toLowerCase(Locale.ROOT), me)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesWord(TrainingJob job, String word, Ownership me) {
        int colon = word.indexOf(':');
        if (colon > 0) {
            String field = word.substring(0, colon);
            String value = word.substring(colon + 1);
            switch (field) {
                case "status":
                    return job.status().text().toLowerCase(Locale.ROOT).startsWith(value);
                case "where":
                    return job.backend().label().startsWith(value);
                case "owner":
                    String owner = me.ownerOf(job);
                    return owner != null && owner.toLowerCase(Locale.ROOT).startsWith(value);
                case "phase":
                    return job.secondaryStatus() != null && job.secondaryStatus().toLowerCase(Locale.ROOT).startsWith(value);
                default:
                    break;
            }
        }
        if (word.equals("mine")) {
            return me.isMine(job);
        }
        return job.name().toLowerCase(Locale.ROOT).contains(word);
    }

    /** Index of the selected job in the visible rows, or 0 when it is gone. */
    public static int selectedIndex(List<TrainingJob> rows, String selected) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(selected)) {
                return i;
            }
        }
        return 0;
    }
}
