package dev.sagedeck.domain;

import java.util.regex.Pattern;

/**
 * Hides the {@code user:password@} part of URLs in text meant for people (messages, the header,
 * logs, audit lines): the one redaction rule, applied where endpoint text is made.
 */
public final class UrlCredentials {
    /** scheme://, then anything up to an '@' that comes before the host ends (no '/', space or second '@'). */
    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s?#]*@");

    private UrlCredentials() {}

    /** {@code text} with every URL's user info replaced by {@code ***}; null stays null. */
    public static String hide(String text) {
        return text == null || text.indexOf('@') < 0 ? text : USER_INFO.matcher(text).replaceAll("$1***@");
    }
}
