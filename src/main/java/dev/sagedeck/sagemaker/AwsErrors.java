package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.UrlCredentials;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns what the SDK throws (after its own retries) into a {@link BackendException} whose message
 * names the operation and says what happened in words: denied, throttled, unreachable, timed out.
 * Nothing AWS-typed crosses the port.
 */
final class AwsErrors {
    private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnrecognizedClientException", "InvalidClientTokenId", "ExpiredToken", "ExpiredTokenException",
            "InvalidSignatureException", "SignatureDoesNotMatch", "UnauthorizedOperation", "NotAuthorized",
            "MissingAuthenticationToken", "AuthFailure", "IncompleteSignature", "RequestExpired");
    private static final Set<String> THROTTLED = Set.of("ThrottlingException", "Throttling", "ThrottledException",
            "TooManyRequestsException", "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException",
            "SlowDown");

    private AwsErrors() {}

    /** The error code AWS sent, or null for client-side failures and code-less answers. */
    static String code(SdkException e) {
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null) {
            return a.awsErrorDetails().errorCode();
        }
        return null;
    }

    /** The service's own message without the SDK's "(Service: ..., Request ID: ...)" suffix. */
    static String message(SdkException e) {
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null
                && a.awsErrorDetails().errorMessage() != null) {
            return a.awsErrorDetails().errorMessage();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /**
     * @param operation the AWS operation, e.g. "DescribeTrainingJob"
     * @param where     the endpoint, for messages about the network
     */
    static BackendException translate(String operation, SdkException e, String where) {
        BackendException b = words(operation, e, where);
        // SDK text can quote the request URL, user info included: the password never reaches a message
        String shown = UrlCredentials.hide(b.getMessage());
        return shown.equals(b.getMessage()) ? b : new BackendException(b.kind(), shown, e);
    }

    private static BackendException words(String operation, SdkException e, String where) {
        if (e instanceof AwsServiceException a) {
            return service(operation, a);
        }
        Throwable timeout = find(e, ApiCallTimeoutException.class, ApiCallAttemptTimeoutException.class,
                SocketTimeoutException.class);
        if (timeout != null) {
            return new BackendException(Kind.UNAVAILABLE, operation + " got no answer from " + where
                    + " in time (" + timeout.getMessage() + ")", e);
        }
        if (find(e, ConnectException.class) != null) {
            return new BackendException(Kind.UNAVAILABLE, operation + " could not connect to " + where
                    + " (connection refused or unreachable)", e);
        }
        if (find(e, UnknownHostException.class) != null) {
            return new BackendException(Kind.UNAVAILABLE, operation + " could not resolve the host of " + where, e);
        }
        String m = message(e);
        if (cutOff(e)) {
            return new BackendException(Kind.UNAVAILABLE, operation + " lost the connection to " + where
                    + ": the answer was cut off", e);
        }
        if (notAnAwsAnswer(e)) {
            // a captive portal, a proxy's login page, a web server at --endpoint-url: neither denied
            // (no fallback to other calls) nor worth retrying
            return new BackendException(Kind.UNAVAILABLE, operation + ": " + where + " answered with something that is not an"
                    + " AWS answer (a web page?); check --endpoint-url, AWS_ENDPOINT_URL and proxies", e);
        }
        if (m.contains("credentials") || m.contains("SSO") || m.contains("token")) {
            return new BackendException(Kind.DENIED, operation + " was denied: could not get AWS credentials: " + m, e);
        }
        if (find(e, IOException.class) != null) {
            return new BackendException(Kind.UNAVAILABLE, operation + " lost the connection to " + where + ": "
                    + firstLine(m), e);
        }
        return new BackendException(Kind.FAILED, operation + " failed: " + firstLine(m), e);
    }

    /**
     * True when what answered was not an AWS API at all (a web page: a captive portal, a proxy's
     * login, a web server at --endpoint-url). Not transient, so {@link WebPagesAreNotRetried} does not
     * retry it; a reply cut off mid-JSON fails to parse too, but that is the network and is retried.
     */
    static boolean isNotAnAwsAnswer(Throwable t) {
        return t instanceof SdkException e && !(e instanceof AwsServiceException) && !cutOff(e) && notAnAwsAnswer(e);
    }

    /** A reply cut off mid-JSON also fails to parse: that is the network, not a web page. */
    private static boolean cutOff(SdkException e) {
        String m = message(e);
        return find(e, EOFException.class) != null || m.contains("end-of-input") || m.contains("end of file");
    }

    /** The SDK could not read the reply as JSON or XML: whatever answered, it was not an AWS API. */
    private static boolean notAnAwsAnswer(SdkException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getSimpleName();
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (type.equals("JsonParseException") || type.equals("SAXParseException") || type.equals("XMLStreamException")
                    || m.startsWith("Unable to unmarshall response") || m.startsWith("Unable to parse") || m.contains("Unexpected character ('<'")) {
                return true;
            }
        }
        return false;
    }

    /** SDK messages can carry nested exception dumps; the first line is the part a user can read. */
    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        int nested = line.indexOf(" (software.amazon");
        return nested < 0 ? line : line.substring(0, nested);
    }

    private static BackendException service(String operation, AwsServiceException a) {
        String code = code(a);
        String m = message(a);
        int status = a.statusCode();
        if (a.isThrottlingException() || (code != null && THROTTLED.contains(code))) {
            return new BackendException(Kind.THROTTLED, operation + " was throttled by AWS (" + m
                    + ") even after retrying; try again in a moment", a);
        }
        if ((code != null && DENIED.contains(code)) || status == 401 || status == 403) {
            return new BackendException(Kind.DENIED, operation + " was denied: " + m, a);
        }
        if (status >= 500) {
            return new BackendException(Kind.UNAVAILABLE, operation + " failed on the AWS side (HTTP " + status
                    + (code != null ? " " + code : "") + ": " + m + ")", a);
        }
        if ("ResourceNotFound".equals(code) || "ResourceNotFoundException".equals(code)) {
            return new BackendException(Kind.NOT_FOUND, operation + ": " + m, a);
        }
        if ("ValidationException".equals(code)) {
            return new BackendException(Kind.INVALID, operation + " was rejected: " + m, a);
        }
        return new BackendException(Kind.FAILED, operation + " failed: " + (code != null ? code + ": " : "") + m, a);
    }

    @SafeVarargs
    private static Throwable find(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }
}
