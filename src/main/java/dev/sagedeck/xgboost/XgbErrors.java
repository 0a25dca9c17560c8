package dev.sagedeck.xgboost;

import ml.dmlc.xgboost4j.java.XGBoostError;

/** Turns XGBoost's native error text into what a user should read: the message, not the stack. */
final class XgbErrors {
    private XgbErrors() {}

    /**
     * Strips the {@code [hh:mm:ss] /workspace/src/file.cc:123: } prefix and everything from
     * {@code Stack trace:} on, e.g. {@code Unknown gbm type banana}.
     */
    static String clean(XGBoostError e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int stack = message.indexOf("Stack trace:");
        if (stack >= 0) message = message.substring(0, stack);
        message = message.replaceAll("(?m)^\\[\\d{2}:\\d{2}:\\d{2}\\] [^\\s:]+:\\d+: ", "");
        return message.strip().replaceAll("\\s*\\n\\s*", "; ");
    }

    /** A user error ("XGBoost rejected the parameters: ...") carrying XGBoost's own words. */
    static IllegalArgumentException rejected(String what, XGBoostError e) {
        return new IllegalArgumentException("XGBoost rejected " + what + ": " + clean(e), e);
    }
}
