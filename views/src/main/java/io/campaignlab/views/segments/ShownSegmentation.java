package io.campaignlab.views.segments;

import io.campaignlab.engine.segments.kmeans.CentroidValue;
import io.campaignlab.engine.segments.customers.CleaningReport;
import io.campaignlab.engine.segments.kmeans.Cluster;
import io.campaignlab.engine.segments.profiles.Engagement;
import io.campaignlab.engine.segments.kmeans.KMeansSegmentation;
import io.campaignlab.engine.segments.kmeans.KSweepPoint;
import io.campaignlab.engine.segments.profiles.ProfileReport;
import io.campaignlab.engine.segments.rfm.RfmSegment;
import io.campaignlab.engine.segments.rfm.RfmSegmentation;
import io.campaignlab.engine.segments.rules.RuleSegmentation;
import io.campaignlab.engine.segments.SegmentJson;
import io.campaignlab.engine.segments.profiles.SegmentProfile;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.segments.SegmentationRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stored segmentation as the section shows it, read from its stored report: the segments' rows, the cleaning
 * counts, the profiles, and what only one kind has (the k sweep of k-means, the R × F grid of RFM).
 *
 * @param record   the stored segmentation
 * @param summary  one line about it
 * @param rows     its segments, in order
 * @param cleaning what happened to the rows read, or null
 * @param profiles each segment against the population, or null
 * @param sweep    inertia and silhouette per k (k-means), else empty
 * @param chosenK  the k kept (k-means), else 0
 * @param grid     customers per R × F cell (RFM), else null
 * @param note     a sentence on the profile, or empty
 */
public record ShownSegmentation(SegmentationRecord record, String summary, List<SegmentRow> rows,
                                CleaningReport cleaning, ProfileReport profiles, List<KSweepPoint> sweep, int chosenK,
                                int[][] grid, String note) {

    public ShownSegmentation {
        rows = List.copyOf(rows);
        sweep = List.copyOf(sweep);
    }

    /** Reads the stored report of a segmentation; without one, only its segments and sizes. */
    public static ShownSegmentation of(SegmentationRecord record, String reportJson) {
        if (reportJson != null) {
            switch (record.kind()) {
                case RFM:
                    return rfm(record, SegmentJson.read(reportJson, RfmSegmentation.class));
                case KMEANS:
                    return kMeans(record, SegmentJson.read(reportJson, KMeansSegmentation.class));
                default:
                    return rules(record, SegmentJson.read(reportJson, RuleSegmentation.class));
            }
        }
        List<SegmentRow> rows = new ArrayList<>();
        long total = Math.max(1, record.members());
        for (SegmentRecord s : record.segments()) {
            rows.add(new SegmentRow(s.name(), s.members(), (double) s.members() / total, "", null, null));
        }
        return new ShownSegmentation(record, record.name(), rows, null, null, List.of(), 0, null,
                "No stored report: only the segments' sizes are known.");
    }

    private static ShownSegmentation rfm(SegmentationRecord record, RfmSegmentation r) {
        List<SegmentRow> rows = new ArrayList<>();
        for (int i = 0; i < r.segments().size(); i++) {
            RfmSegment s = r.segments().get(i);
            Engagement e = engagement(r.profiles(), i);
            rows.add(new SegmentRow(s.name(), s.customers(), s.share(), s.rule(), e == null ? null : e.ctr(),
                    e == null ? null : e.conversion()));
        }
        String summary = String.format(Locale.ROOT, "%s · %,d customers in %d segments · R = recency score, F ="
                + " frequency score (quintiles, 5 = best)", record.name(), r.cleaning().customers(), rows.size());
        return new ShownSegmentation(record, summary, rows, r.cleaning(), r.profiles(), List.of(), 0, r.grid(),
                String.join(" ", r.explanations()));
    }

    private static ShownSegmentation kMeans(SegmentationRecord record, KMeansSegmentation r) {
        List<SegmentRow> rows = new ArrayList<>();
        for (int i = 0; i < r.clusters().size(); i++) {
            Cluster c = r.clusters().get(i);
            Engagement e = engagement(r.profiles(), i);
            rows.add(new SegmentRow(c.name(), c.customers(), c.share(), centre(c), e == null ? null : e.ctr(),
                    e == null ? null : e.conversion()));
        }
        String summary = String.format(Locale.ROOT, "%s · %,d customers · k = %d, the highest silhouette (%.3f) ·"
                + " rule = the cluster's centre: R recency (days), F orders, M spend, T tenure (days)",
                record.name(), r.cleaning().customers(), r.k(), r.silhouette());
        return new ShownSegmentation(record, summary, rows, r.cleaning(), r.profiles(), r.sweep(), r.k(), null, "");
    }

    private static ShownSegmentation rules(SegmentationRecord record, RuleSegmentation r) {
        List<SegmentRow> rows = new ArrayList<>();
        Engagement e = engagement(r.profiles(), 0);
        rows.add(new SegmentRow(r.name(), r.count().matching(), r.count().share(), r.rule().text(),
                e == null ? null : e.ctr(), e == null ? null : e.conversion()));
        String summary = String.format(Locale.ROOT, "%s · %,d of %,d users (%.1f%%)%s", record.name(),
                r.count().matching(), r.count().population(), 100 * r.count().share(),
                r.snapshot() == null ? "" : " · windows end at " + r.snapshot());
        return new ShownSegmentation(record, summary, rows, r.cleaning(), r.profiles(), List.of(), 0, null,
                r.profileNote() == null ? "" : r.profileNote());
    }

    private static Engagement engagement(ProfileReport profiles, int i) {
        if (profiles == null || i >= profiles.segments().size()) {
            return null;
        }
        SegmentProfile p = profiles.segments().get(i);
        return p.engagement();
    }

    /**
     * A cluster's centre in typical values, short: {@code R 12d · F 3.0 · M 540 · T 200d} (recency and tenure in
     * days, frequency in orders, monetary in spend).
     */
    static String centre(Cluster c) {
        List<String> parts = new ArrayList<>();
        for (CentroidValue v : c.centroid()) {
            String letter = v.feature().substring(0, 1).toUpperCase(Locale.ROOT);
            String unit = v.feature().endsWith("_days") ? "d" : "";
            parts.add(letter + " " + compact(v.typical()) + unit);
        }
        return String.join(" · ", parts);
    }

    static String compact(double v) {
        if (Math.abs(v) >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", v / 1000);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
