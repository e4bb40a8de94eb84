package io.campaignlab.app.cli.segments;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.segments.profiles.CategoryShare;
import io.campaignlab.engine.segments.customers.CleaningReport;
import io.campaignlab.engine.segments.profiles.Engagement;
import io.campaignlab.engine.segments.profiles.MetricIndex;
import io.campaignlab.engine.segments.profiles.ProfileReport;
import io.campaignlab.engine.segments.rfm.ScoreRange;
import io.campaignlab.engine.segments.SegmentPorts;
import io.campaignlab.engine.segments.profiles.SegmentProfile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the segment commands share: the engine's ports, the --snapshot date, and the text of cleaning counts and profiles. */
final class SegmentReports {

    private SegmentReports() {
    }

    static SegmentPorts ports(WorkspaceServices services) {
        return new SegmentPorts(services.datasets(), services.frames(), services.segments());
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--snapshot must be a date like 2011-12-10, not '" + text + "'");
        }
    }

    static void printCleaning(Output output, CleaningReport cleaning) {
        for (String line : cleaning.lines()) {
            output.line("%s", line);
        }
    }

    static String ranges(List<ScoreRange> ranges, String dimension) {
        List<String> parts = new ArrayList<>();
        for (int s = 5; s >= 1; s--) {
            for (ScoreRange r : ranges) {
                if (r.dimension().equals(dimension) && r.score() == s) {
                    parts.add(r.customers() == 0 ? s + ": none" : String.format(Locale.ROOT, "%d: %s-%s (%s)", s,
                            number(r.min()), number(r.max()), Output.count(r.customers())));
                }
            }
        }
        return String.join("  ", parts);
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Profile indices (100 = average), then CTR and conversion and top categories when there are any. */
    static void printProfiles(Output output, ProfileReport profiles) {
        output.line("");
        StringBuilder means = new StringBuilder("Population means:");
        for (MetricIndex m : profiles.population()) {
            means.append(String.format(Locale.ROOT, " %s %.1f;", m.metric(), m.mean()));
        }
        output.line("%s", means.substring(0, means.length() - 1));
        output.line("Profiles, index against the population (100 = average):");
        output.line("%-20s %8s %10s %9s %8s %8s%s", "SEGMENT", "RECENCY", "FREQUENCY", "MONETARY", "TENURE", "AOV",
                profiles.engagement() != null ? String.format(Locale.ROOT, " %8s %11s", "CTR", "CONVERSION") : "");
        for (SegmentProfile p : profiles.segments()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-20s", p.segment()));
            int[] widths = {8, 10, 9, 8, 8};
            for (int j = 0; j < p.metrics().size(); j++) {
                row.append(' ').append(pad(index(p.metrics().get(j).index()), widths[j]));
            }
            Engagement e = p.engagement();
            if (e != null) {
                row.append(' ').append(pad(rate(e.ctr()), 8)).append(' ').append(pad(rate(e.conversion()), 11));
            }
            output.line("%s", row);
        }
        if (profiles.engagement() != null) {
            output.line("CTR = clicks / views, conversion = purchases / clicks; population %s and %s.",
                    rate(profiles.engagement().ctr()), rate(profiles.engagement().conversion()));
        }
        if (profiles.categories() != null) {
            output.line("Top categories (share of the segment's purchase lines, index):");
            for (SegmentProfile p : profiles.segments()) {
                if (p.topCategories().isEmpty()) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (CategoryShare c : p.topCategories()) {
                    parts.add(String.format(Locale.ROOT, "%s %.0f%% (%.0f)", c.category(), 100 * c.share(),
                            c.index()));
                }
                output.line("  %-20s %s", p.segment(), String.join(", ", parts));
            }
        }
    }

    static String index(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    static String rate(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
