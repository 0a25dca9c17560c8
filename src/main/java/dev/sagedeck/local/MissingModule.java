package dev.sagedeck.local;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script that died importing a package this machine lacks ({@code ModuleNotFoundError: No module
 * named 'torch'}): the error stays first in the job's failure reason, followed by what to do about
 * it, instead of leaving the user to read the traceback.
 */
final class MissingModule {
    private static final Pattern MISSING = Pattern.compile("^(?:ModuleNotFoundError|ImportError): No module named '([^'.]+)[^']*'");
    /** Modules whose SageMaker framework container has them, and that framework's --framework name. */
    private static final Map<String, String> FRAMEWORK = Map.of(
            "torch", "pytorch", "torchvision", "pytorch", "tensorflow", "tensorflow", "keras", "tensorflow",
            "sklearn", "sklearn", "xgboost", "xgboost");

    private MissingModule() {}

    /** The reason with the hint, when {@code line} (a traceback's last line) is a missing module; else empty. */
    static Optional<String> explain(String line) {
        Matcher m = MISSING.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String module = m.group(1);
        String hint = " - %s is not installed for this machine's python3: list it in requirements.txt in the source directory "
                .formatted(module) + "(installed before the script starts, here and on SageMaker)";
        String framework = FRAMEWORK.get(module);
        if (framework != null) {
            hint += ", or launch it on SageMaker with --framework " + framework + ", whose container has it";
        }
        return Optional.of(line + hint);
    }
}
