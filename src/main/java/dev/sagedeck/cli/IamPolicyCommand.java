package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sagedeck iam-policy}: prints the IAM policy for a shared account in which sagedeck's rule
 * is enforced by AWS itself (create only with your own owner tag, stop only your own jobs). No AWS
 * call is made; instructors attach the output to their students' users or roles (docs/IAM.md).
 */
@Command(name = "iam-policy", mixinStandardHelpOptions = true, description = {
        "Print an IAM policy (JSON) that lets each person create training jobs only with their own owner tag",
        "and stop only jobs whose owner tag is theirs; everything sagedeck reads stays readable. See docs/IAM.md."})
public final class IamPolicyCommand extends WiredCommand {
    @Option(names = "--read-only", description = "Only what sagedeck reads (observers: no launch, no stop, no upload).")
    boolean readOnly;

    @Option(names = "--bucket", paramLabel = "NAME", description = "An S3 bucket sagedeck may use for data, code and models (repeatable; default: SageMaker's sagemaker-* buckets).")
    List<String> buckets = new ArrayList<>();

    @Option(names = "--role-arn", paramLabel = "ARN", description = "The training role people may pass to SageMaker (default: any role with SageMaker in its name).")
    String roleArn;

    @Option(names = "--principal-tag", paramLabel = "KEY", description = "For SSO or role sessions: the session tag naming the owner (${aws:PrincipalTag/KEY} instead of ${aws:username}).")
    String principalTag;

    public IamPolicyCommand(Wiring wiring) {
        super(wiring);
    }

    @Override
    public Integer call() {
        for (String b : buckets) {
            if (!b.matches("[a-z0-9*][a-z0-9.*-]{1,62}")) {
                return CliOutput.error(spec, ExitCodes.BAD_INPUT, "not an S3 bucket name: '%s'".formatted(dev.sagedeck.app.InertText.of(b)));
            }
        }
        if (principalTag != null && !principalTag.matches("[\\p{L}\\p{N}_.:/=+@-]{1,128}")) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "not a tag key: '%s'".formatted(dev.sagedeck.app.InertText.of(principalTag)));
        }
        if (roleArn != null && !roleArn.matches("arn:aws[a-z-]*:iam::(\\d{12}|\\*):role/[\\w+=,.@*/-]+")) {
            return CliOutput.error(spec, ExitCodes.BAD_INPUT, "not an IAM role ARN: '%s'".formatted(dev.sagedeck.app.InertText.of(roleArn)));
        }
        spec.commandLine().getOut().println(wiring.iamPolicy(readOnly, buckets, roleArn, principalTag));
        return ExitCodes.OK;
    }
}
