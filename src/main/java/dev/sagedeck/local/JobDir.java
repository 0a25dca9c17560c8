package dev.sagedeck.local;

import java.nio.file.Path;

/**
 * The directory of one local job, laid out like SageMaker's {@code /opt/ml} so a script written for
 * SageMaker finds everything where it expects it:
 * <pre>
 * &lt;stateDir&gt;/jobs/&lt;name&gt;/
 *   job.json                          the job record (written atomically)
 *   job.lock                          lock file for read-modify-write of job.json
 *   job.log                           stdout + stderr of the run (and of the user's script)
 *   job.reserve                       64 KiB kept free while the run is active, given up when the disk
 *                                     fills so the record can still say Failed (see LocalJobStore)
 *   input/config/hyperparameters.json hyperparameters, string values, like SageMaker's
 *   input/config/inputdataconfig.json the channels
 *   input/config/resourceconfig.json  {"current_host":"algo-1","hosts":["algo-1"]}
 *   input/data/train/                 the training data (copied in)       = SM_CHANNEL_TRAIN
 *   input/data/test/                  the test data, when given           = SM_CHANNEL_TEST
 *   code/                             script mode: copy of the source dir (working directory)
 *   model/                            the model                           = SM_MODEL_DIR
 *   output/                           SM_OUTPUT_DIR
 *   output/data/                      other output                        = SM_OUTPUT_DATA_DIR
 *   output/failure                    the failure description of a Failed run
 * </pre>
 */
public record JobDir(Path root) {
    static final String RECORD_FILE = "job.json";
    static final String LOG_FILE = "job.log";

    public String name() {
        return root.getFileName().toString();
    }

    public Path record() {
        return root.resolve(RECORD_FILE);
    }

    public Path lockFile() {
        return root.resolve("job.lock");
    }

    public Path reserve() {
        return root.resolve("job.reserve");
    }

    public Path log() {
        return root.resolve(LOG_FILE);
    }

    public Path input() {
        return root.resolve("input");
    }

    public Path configDir() {
        return input().resolve("config");
    }

    public Path hyperParameters() {
        return configDir().resolve("hyperparameters.json");
    }

    public Path channel(String channel) {
        return input().resolve("data").resolve(channel);
    }

    public Path code() {
        return root.resolve("code");
    }

    public Path model() {
        return root.resolve("model");
    }

    public Path output() {
        return root.resolve("output");
    }

    public Path outputData() {
        return output().resolve("data");
    }

    public Path failure() {
        return output().resolve("failure");
    }
}
