package dev.sagedeck.app;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import java.util.LinkedHashMap;
import java.util.Map;

/** The run a new user starts first: the lesson's recipe on the bundled Titanic sample, on this machine. */
public final class SampleRun {
    private SampleRun() {}

    /** The lesson's hyperparameters (max_depth 3, eta 0.1, subsample 0.8, colsample_bytree 0.8, 100 rounds). */
    public static Map<String, String> lessonHyperParameters() {
        Map<String, String> hp = new LinkedHashMap<>();
        hp.put("max_depth", "3");
        hp.put("eta", "0.1");
        hp.put("subsample", "0.8");
        hp.put("colsample_bytree", "0.8");
        hp.put("num_round", "100");
        return hp;
    }

    public static LaunchSpec spec(String owner) {
        return new LaunchSpec(Backend.LOCAL, null, owner, DataSpec.sample("titanic"), lessonHyperParameters(), null,
                Resources.local(0), null, null, null);
    }
}
