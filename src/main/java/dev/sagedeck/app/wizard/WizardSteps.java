package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardField.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which steps the wizard has for the values chosen so far, and which fields each step shows. */
public final class WizardSteps {
    private WizardSteps() {}

    public static boolean sageMaker(Map<WizardField, String> v) {
        return WizardChoices.SAGEMAKER.equals(v.get(WHERE));
    }

    public static boolean script(Map<WizardField, String> v) {
        return WizardChoices.SCRIPT.equals(v.get(MODE));
    }

    public static boolean fromFile(Map<WizardField, String> v) {
        return WizardChoices.FILE.equals(v.get(SOURCE));
    }

    /** Local runs skip the resources step; a single run skips the tune step. */
    public static List<WizardStep> steps(Map<WizardField, String> v) {
        List<WizardStep> out = new ArrayList<>(List.of(WizardStep.values()));
        if (!sageMaker(v)) {
            out.remove(WizardStep.RESOURCES);
        }
        if (!WizardTune.on(v)) {
            out.remove(WizardStep.TUNE);
        }
        return out;
    }

    public static List<WizardField> fields(WizardStep step, Map<WizardField, String> v) {
        List<WizardField> out = new ArrayList<>();
        switch (step) {
            case WHERE:
                if (!v.getOrDefault(START_FROM, "").isEmpty()) {
                    out.add(START_FROM); // offered only when there is a last run to start from
                }
                out.add(WHERE);
                out.add(NAME);
                break;
            case DATA:
                out.add(SOURCE);
                if (fromFile(v)) {
                    // in the order a user fills it: the two files, then how to read them
                    out.add(TRAIN);
                    out.add(TEST);
                    if (!script(v)) {
                        out.add(PRESET);
                        if ("csv".equals(v.get(PRESET))) {
                            out.add(LABEL);
                        }
                    }
                }
                break;
            case RUN:
                out.add(MODE);
                if (script(v)) {
                    out.add(ENTRY_POINT);
                    out.add(SOURCE_DIR);
                    if (sageMaker(v)) {
                        out.add(FRAMEWORK);
                    }
                }
                break;
            case PARAMS:
                out.addAll(List.of(MAX_DEPTH, ETA, SUBSAMPLE, COLSAMPLE_BYTREE, NUM_ROUND, EXTRA));
                if (script(v)) {
                    out.add(METRICS);
                }
                out.add(TUNE);
                break;
            case TUNE:
                out.addAll(WizardTune.fields());
                break;
            case RESOURCES:
                out.addAll(List.of(INSTANCE_TYPE, INSTANCE_COUNT));
                if (WizardSettings.severalInstances(v)) {
                    out.add(DATA_DISTRIBUTION);
                    if (WizardSettings.testChannel(v) != null) {
                        out.add(TEST_DISTRIBUTION); // every channel the job has gets its choice
                    }
                }
                out.add(SPOT);
                if (WizardChoices.YES.equals(v.get(SPOT))) {
                    out.add(MAX_WAIT);
                }
                if (!v.getOrDefault(RESUME_FROM, "").isEmpty()) {
                    out.add(CHECKPOINTS); // offered only on a clone of a job that had checkpoints
                }
                out.addAll(List.of(MAX_RUNTIME, ROLE, OUTPUT, IMAGE_VERSION));
                if (sageMaker(v) && WizardChoices.deepLearning(v)) {
                    out.add(PY_VERSION);
                    out.add(DISTRIBUTION);
                }
                out.add(BUDGET);
                break;
            default:
                break;
        }
        return out;
    }

    /** Every field the run uses, over all its steps (what validation and submit look at). */
    public static List<WizardField> allVisible(Map<WizardField, String> v) {
        List<WizardField> out = new ArrayList<>();
        for (WizardStep s : steps(v)) {
            out.addAll(fields(s, v));
        }
        return out;
    }
}
