package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Launch specs for tests: the lesson's titanic data, built-in or script mode, changed one field at a time. */
final class LaunchSpecs {
    static final String ROLE = "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-Test";
    static final Path TITANIC_TRAIN = Path.of("src/main/resources/samples/titanic/titanic_train.csv").toAbsolutePath();
    static final Path TITANIC_TEST = Path.of("src/main/resources/samples/titanic/titanic_test.csv").toAbsolutePath();
    static final Resources ONE_M5 = new Resources("ml.m5.large", 1, 30, 3600, false, 0);

    private LaunchSpecs() {}

    static LaunchSpec builtIn(String name, String output) {
        return new LaunchSpec(Backend.SAGEMAKER, name, null,
                new DataSpec(TITANIC_TRAIN.toString(), null, "titanic", null, List.of(), null),
                Map.of("max_depth", "3", "eta", "0.1", "num_round", "20"), null, ONE_M5, ROLE, output, null);
    }

    static LaunchSpec script(String name, String output, Path entry, Path sourceDir, String framework) {
        return new LaunchSpec(Backend.SAGEMAKER, name, null,
                new DataSpec(TITANIC_TRAIN.toString(), null, null, null, List.of(), null),
                Map.of("max_depth", "3", "objective", "binary:logistic"),
                new ScriptSpec(entry.toString(), sourceDir == null ? null : sourceDir.toString(), framework, null),
                ONE_M5, ROLE, output, null);
    }

    static LaunchSpec with(LaunchSpec s, Resources r) {
        return new LaunchSpec(s.backend(), s.name(), s.owner(), s.data(), s.hyperParameters(), s.script(), r, s.roleArn(),
                s.outputPath(), s.imageVersion());
    }

    static LaunchSpec withRole(LaunchSpec s, String role) {
        return new LaunchSpec(s.backend(), s.name(), s.owner(), s.data(), s.hyperParameters(), s.script(), s.resources(), role,
                s.outputPath(), s.imageVersion());
    }

    static LaunchSpec withTrain(LaunchSpec s, String train) {
        DataSpec d = s.data();
        return new LaunchSpec(s.backend(), s.name(), s.owner(), new DataSpec(train, d.test(), d.preset(), d.label(), d.drop(), null),
                s.hyperParameters(), s.script(), s.resources(), s.roleArn(), s.outputPath(), s.imageVersion());
    }
}
