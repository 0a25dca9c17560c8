package dev.sagedeck.testing;

/** STS answers in its XML query protocol. */
final class ScriptedAwsSts {
    private ScriptedAwsSts() {}

    static String callerIdentity(String arn) {
        String account = arn.split(":").length > 4 ? arn.split(":")[4] : "123456789012";
        return "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Arn>" + arn + "</Arn><UserId>AROAEXAMPLE:alice</UserId>"
                + "<Account>" + account + "</Account></GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>scripted</RequestId></ResponseMetadata></GetCallerIdentityResponse>";
    }
}
