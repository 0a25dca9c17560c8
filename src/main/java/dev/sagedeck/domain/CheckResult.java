package dev.sagedeck.domain;

/** One pre-submit or pre-flight check: its name, PASS/WARN/FAIL, and the reason or number behind it. */
public record CheckResult(String name, Verdict verdict, String detail) {

    /** How a check came out. FAIL blocks a launch; WARN (including "could not check") does not. */
    public enum Verdict {
        PASS,
        WARN,
        FAIL
    }
}
