package dev.sagedeck.sagemaker;

import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * The SDK's standard retries, except for an answer that is not AWS's at all (HTTP 200 with a web
 * page: {@link AwsErrors#isNotAnAwsAnswer}). The SDK retries it because the failed JSON parse is an
 * IOException, but a captive portal or a wrong --endpoint-url answers the same page every time;
 * retrying only makes the user wait. The standard strategy's conditions can only be added to, not
 * taken away, hence this wrapper.
 */
final class WebPagesAreNotRetried implements RetryStrategy {
    private final RetryStrategy standard;

    WebPagesAreNotRetried(RetryStrategy standard) {
        this.standard = standard;
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        return standard.acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        if (AwsErrors.isNotAnAwsAnswer(request.failure())) {
            throw new TokenAcquisitionFailedException("not an AWS answer: not retried", request.token(), request.failure());
        }
        return standard.refreshRetryToken(request);
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        return standard.recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
        return standard.maxAttempts();
    }

    @Override
    public Builder<?, ?> toBuilder() {
        // the SDK asks for a builder only to add its client defaults (useClientDefaults, false here)
        return standard.toBuilder();
    }
}
