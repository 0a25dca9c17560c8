package dev.sagedeck.app;

import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which jobs the list shows, in which order. The filter takes words: {@code status:InProgress},
 * {@code where:local}, {@code owner:bob}, {@code mine}, or plain text matched in the name; all
 * words must match.
 */
public final class JobQuery {
    private JobQuery() {}

    public static List<TrainingJob> visible(JobListState list, Ownership me) {
        List<TrainingJob> out = new ArrayList<>();
        for (TrainingJob j : list.jobs()) {
            if (matches(j, list.filter(), me)) {
                out.add(j);
            }
        }
        out.sort(list.sort().order());
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
