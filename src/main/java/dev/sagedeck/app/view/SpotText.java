package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;

import dev.sagedeck.domain.JobCost;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** How managed spot saved money, in one wording for the details and {@code describe}: "70% saved by managed spot ($0.12)". */
public final class SpotText {
    private SpotText() {}

    public static Optional<String> savings(TrainingJob j, Optional<Price> price) {
        OptionalDouble pct = JobCost.spotSavingsPercent(j);
        if (pct.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble usd = JobCost.spotSavingsUsd(j, price);
        return Optional.of(String.format(Locale.ROOT, "%.0f%% saved by managed spot", pct.getAsDouble())
                + (usd.isPresent() ? " (" + Formats.money(usd.getAsDouble()) + " less than on-demand)" : ""));
    }

    /** The cost line of a SageMaker job: "$0.05 billed", "$0.02 so far", "nothing yet", or why it is unknown. */
    public static String cost(TrainingJob j, Optional<Price> price, java.time.Instant now) {
        return DetailLines.costText(j, price, now);
    }
}
