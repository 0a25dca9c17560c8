package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.testing.AwsCallRecorder;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs after the unit tests (failsafe): every AWS operation the suite really made, against moto and
 * the scripted endpoint, is in {@link IamActions} and allowed by the policy {@code sagedeck
 * iam-policy} prints. A new call in the code without its IAM action fails here.
 */
class IamPolicyCoversEveryAwsCallIT {
    @Test
    void everyOperationTheSuiteMade_isAllowedByThePrintedPolicy() throws Exception {
        assertThat(AwsCallRecorder.FILE).as("the unit tests ran first and recorded their AWS calls").exists();
        List<String> calls = Files.readAllLines(AwsCallRecorder.FILE).stream().filter(l -> !l.isBlank()).distinct().sorted().toList();
        String policy = IamPolicy.json(new IamPolicy.Options(false, List.of(), null, null, "owner"));

        assertThat(calls).as("the suite exercises SageMaker, S3 and CloudWatch Logs").anyMatch(c -> c.startsWith("SageMaker:"))
                .anyMatch(c -> c.startsWith("S3:")).anyMatch(c -> c.startsWith("CloudWatchLogs:"));
        for (String call : calls) {
            Optional<IamActions.Action> action = IamActions.forCall(call);
            assertThat(action).as(call + " is called but missing from IamActions (and so from iam-policy)").isPresent();
            assertThat(policy).as(call + " -> " + action.get().iamAction()).contains("\"" + action.get().iamAction() + "\"");
        }
    }
}
