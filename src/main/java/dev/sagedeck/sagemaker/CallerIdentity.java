package dev.sagedeck.sagemaker;

import dev.sagedeck.port.BackendException;
import java.util.function.Supplier;

/**
 * Who we are to AWS (STS GetCallerIdentity ARN), for the audit log of stop attempts. Asked once
 * and remembered; when STS cannot answer, the audit line says so instead of failing the stop.
 */
final class CallerIdentity implements Supplier<String> {
    private final AwsConnection aws;
    private volatile String arn;

    CallerIdentity(AwsConnection aws) {
        this.aws = aws;
    }

    @Override
    public String get() {
        String known = arn;
        if (known != null) {
            return known;
        }
        try {
            known = aws.call(AwsConnection.Budget.CONTROL, AwsService.STS, "GetCallerIdentity",
                    () -> aws.sts().getCallerIdentity().arn());
            arn = known;
            return known;
        } catch (BackendException e) {
            return "unknown caller (" + e.getMessage() + ")";
        }
    }
}
