package io.campaignlab.views.common;

import java.util.Locale;

/** How numbers and durations look in the workbench: 12.3k, 4.1M, 1.2 MB, 3m 05s. */
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

    /** A duration for people: 42s, 3m 05s, 1h 12m. */
    public static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.0fs", Math.max(0, Math.ceil(seconds)));
        }
        long whole = (long) seconds;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", whole / 3600, (whole % 3600) / 60);
    }

    /**
     * How long a job still needs, from the time it has run and the share done: {@code 3m 05s}; empty while the
     * share is too small to tell, unknown or complete.
     */
    public static String eta(double elapsedSeconds, double fraction) {
        return fraction > 0.01 && fraction < 1 ? duration(elapsedSeconds * (1 - fraction) / fraction) : "";
    }
}
