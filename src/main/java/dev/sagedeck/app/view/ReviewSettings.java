package dev.sagedeck.app.view;

import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.LaunchSpec;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the review says about a SageMaker launch's checkpoints and data distribution, before the plan has the exact URIs. */
final class ReviewSettings {
    private ReviewSettings() {}

    static List<Map.Entry<String, String>> lines(LaunchSpec spec, String countField) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        List<Integer> counts = dev.sagedeck.app.wizard.WizardSettings.counts(countField);
        if (counts.size() > 1) {
            out.add(new SimpleEntry<>("Experiment", WizardText.EXPERIMENT.formatted(counts.size(), countField.replace(" ", ""))));
        }
        JobSettings s = spec.settings();
        if (s.checkpointUri() == null && spec.resources().managedSpot()) {
            out.add(new SimpleEntry<>("Checkpoints", WizardText.CHECKPOINTS_DEFAULT));
        }
        if (!s.distribution().isEmpty()) {
            List<String> d = new ArrayList<>();
            s.distribution().forEach((ch, t) -> d.add(ch + " " + t));
            out.add(new SimpleEntry<>("Distribution", String.join(", ", d)));
        }
        return out;
    }
}
