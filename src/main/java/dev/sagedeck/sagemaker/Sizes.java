package dev.sagedeck.sagemaker;

import java.util.Locale;

/** Byte counts in words for messages and progress lines: 713 B, 52.3 KB, 1.2 GB. */
final class Sizes {
    private Sizes() {}

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
