package dev.sagedeck.sagemaker;

import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.port.BackendException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * The built-in XGBoost part of a plan: the image for the region and version, the data prepared
 * (label first, no header, numbers) and where it goes, {@code text/csv} channels (the algorithm
 * otherwise assumes libsvm), and hyperparameters as plain strings, with {@code num_round} and an
 * {@code objective} that fits the label filled in when missing.
 */
final class BuiltInLaunch {
    static final String CSV = "text/csv";
    static final String DEFAULT_NUM_ROUND = "100";

    private BuiltInLaunch() {}

    static void plan(LaunchSpec spec, String region, S3Location jobRoot, Path work,
            CreateTrainingJobRequest.Builder request, List<LaunchPlan.Upload> uploads, List<String> notes) {
        DataSpec data = spec.data();
        if (data == null || data.train() == null) {
            throw LaunchPlanner.invalid("no training data: give a local CSV file or an s3:// URI");
        }
        String image = TrainingImages.xgboost(spec.imageVersion(), region);
        request.algorithmSpecification(a -> a.trainingImage(image).trainingInputMode(LaunchPlanner.fileMode()));
        Map<String, String> hps = LaunchPlanner.copy(spec.hyperParameters());
        List<Channel> channels = new ArrayList<>();
        S3Location input = jobRoot.child("input");
        if (data.train().startsWith("s3://")) {
            S3Location train = S3Location.parse(data.train(), "training data");
            channels.add(LaunchPlanner.channel("train", train, CSV));
            notes.add("the data at " + train + " is used as it is: built-in XGBoost needs it without a header, "
                    + "label in the first column, numbers only");
            if (data.test() != null) {
                channels.add(LaunchPlanner.channel("validation", S3Location.parse(data.test(), "test data"), CSV));
            }
        } else {
            checkLocal(data.train(), "training data");
            if (data.test() != null && data.test().startsWith("s3://")) {
                throw LaunchPlanner.invalid("the training data is a local file but the test data is in S3 (" + data.test()
                        + "); give both locally so they are prepared the same way");
            }
            if (data.test() != null) {
                checkLocal(data.test(), "test data");
            }
            BuiltInData.Prepared p = BuiltInData.prepare(data, hps.get("objective"), work);
            S3Location trainDir = input.child("train/");
            uploads.add(new LaunchPlan.Upload(p.train(), trainDir.child(BuiltInData.TRAIN_FILE), CSV,
                    "training data, prepared: %d rows, label %s first, %d features, no header"
                            .formatted(p.trainRows(), p.preprocessing().label(), p.preprocessing().features().size())));
            channels.add(LaunchPlanner.channel("train", trainDir, CSV));
            if (p.validation() != null) {
                S3Location validationDir = input.child("validation/");
                uploads.add(new LaunchPlan.Upload(p.validation(), validationDir.child(BuiltInData.VALIDATION_FILE), CSV,
                        "test data as the validation channel, prepared the same way: %d rows".formatted(p.validationRows())));
                channels.add(LaunchPlanner.channel("validation", validationDir, CSV));
            }
            uploads.add(new LaunchPlan.Upload(p.preprocessingFile(), input.child(Preprocessing.FILE_NAME), "application/json",
                    "the preprocessing, so 'sagedeck evaluate' can read a raw test CSV"));
            if (!hps.containsKey("objective")) {
                String objective = BuiltInData.defaultObjective(p.preprocessing());
                hps.put("objective", objective);
                notes.add("objective=" + objective + " (from the label " + p.preprocessing().label() + "; give --objective to change it)");
                if (objective.startsWith("multi:") && !hps.containsKey("num_class")) {
                    hps.put("num_class", Integer.toString(p.preprocessing().numClasses()));
                }
            }
        }
        if (!hps.containsKey("num_round")) {
            hps.put("num_round", DEFAULT_NUM_ROUND);
            notes.add("num_round=" + DEFAULT_NUM_ROUND + " (built-in XGBoost requires it; give --num_round to change it)");
        }
        request.hyperParameters(hps).inputDataConfig(channels);
    }

    static void checkLocal(String file, String what) {
        dev.sagedeck.domain.ReadableFile.why(Path.of(file)).ifPresent(why -> {
            throw new BackendException(BackendException.Kind.INVALID, what + " " + why);
        });
    }
}
