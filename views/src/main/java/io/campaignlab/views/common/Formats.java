package io.campaignlab.views.common;

import java.util.Locale;

/** How numbers look in the workbench: 12.3k, 4.1M, 1.2 MB. */
public final class Formats {

    private Formats() {
    }

    /** 950, 12.3k, 4.1M, 2.0B. */
    public static String compact(double n) {
        double a = Math.abs(n);
        if (a < 1_000) {
            return n == Math.rint(n) ? String.format(Locale.ROOT, "%d", (long) n) : String.format(Locale.ROOT, "%.3g", n);
        }
        String[] units = {"k", "M", "B", "T"};
        int u = -1;
        while (a >= 1_000 && u < units.length - 1) {
            a /= 1_000;
            n /= 1_000;
            u++;
        }
        return String.format(Locale.ROOT, a >= 100 ? "%.0f%s" : "%.1f%s", n, units[u]);
    }

    /** 12,345. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 1.2 MB. */
    public static String bytes(long n) {
        if (n < 0) {
            return "?";
        }
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
