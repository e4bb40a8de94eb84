package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.segments.AudienceCount;
import io.campaignlab.engine.segments.RuleSegmentJob;
import io.campaignlab.engine.segments.RuleSegmentRequest;
import io.campaignlab.engine.segments.RuleSegmentation;
import io.campaignlab.engine.segments.SegmentRule;
import io.campaignlab.engine.segments.BehaviourFeature;
import io.campaignlab.engine.segments.CategoryShare;
import io.campaignlab.engine.segments.CentroidValue;
import io.campaignlab.engine.segments.CleaningReport;
import io.campaignlab.engine.segments.Cluster;
import io.campaignlab.engine.segments.Engagement;
import io.campaignlab.engine.segments.KMeansJob;
import io.campaignlab.engine.segments.KMeansRequest;
import io.campaignlab.engine.segments.KMeansSegmentation;
import io.campaignlab.engine.segments.KMeansSpec;
import io.campaignlab.engine.segments.KSweepPoint;
import io.campaignlab.engine.segments.MetricIndex;
import io.campaignlab.engine.segments.ProfileReport;
import io.campaignlab.engine.segments.RfmJob;
import io.campaignlab.engine.segments.RfmRequest;
import io.campaignlab.engine.segments.RfmSegment;
import io.campaignlab.engine.segments.RfmSegmentation;
import io.campaignlab.engine.segments.ScoreRange;
import io.campaignlab.engine.segments.SegmentPorts;
import io.campaignlab.engine.segments.SegmentProfile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code campaign-lab segment rfm|kmeans|rules --dataset D …}: segment customers and store the segments. */
@Command(name = "segment", description = "Segment the customers of an events or transactions dataset (RFM, k-means"
        + " or rules) and store the segments with their members.", subcommands = {SegmentCommand.Rfm.class,
        SegmentCommand.KMeans.class, SegmentCommand.Rules.class})
final class SegmentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code campaign-lab segment rfm --dataset D [--snapshot DATE] [--order COLUMN]} */
    @Command(name = "rfm", description = "Score recency, frequency and monetary value by quintile and name the"
            + " segments (Champions … Lost) on the R × F grid; print the cleaning counts, segments and profiles.")
    static final class Rfm extends WorkspaceCommand {

        @Option(names = "--dataset", required = true, paramLabel = "DATASET",
                description = "An events or transactions dataset with user_id, timestamp and price or revenue roles.")
        String dataset;

        @Option(names = "--snapshot", paramLabel = "DATE", description = "Measure recency to this day (YYYY-MM-DD);"
                + " later rows are left out (default: the day after the last row).")
        String snapshot;

        @Option(names = "--order", paramLabel = "COLUMN", description = "The order or invoice column (default: one"
                + " named like InvoiceNo or order_id; else purchase events or distinct timestamps).")
        String order;

        @Override
        protected int run(WorkspaceServices services, Output output) throws Exception {
            RfmSegmentation result = runJob(services, new RfmJob(ports(services), new RfmRequest(dataset,
                    date(snapshot), order)));
            if (options.json()) {
                output.json(result);
                return 0;
            }
            output.line("RFM segments of '%s' as of %s, stored as segmentation %d.", result.dataset(),
                    result.snapshot(), result.segmentationId());
            printCleaning(output, result.cleaning());
            output.line("");
            output.line("Scores are quintiles of percent rank (a tie shares the score of its lowest place); R 5 = most recent.");
            for (String dimension : List.of("recency", "frequency", "monetary")) {
                output.line("  %-10s %s", dimension, ranges(result.scores(), dimension));
            }
            output.line("");
            output.line("%-20s %-16s %10s %7s", "SEGMENT", "RULE", "CUSTOMERS", "SHARE");
            for (RfmSegment s : result.segments()) {
                output.line("%-20s %-16s %10s %6.1f%%", s.name(), s.rule(), Output.count(s.customers()),
                        100 * s.share());
            }
            printProfiles(output, result.profiles());
            return 0;
        }
    }

    /** {@code campaign-lab segment kmeans --dataset D [--k K | --k-range 2..8] [--seed S]} */
    @Command(name = "kmeans", description = "Cluster customers by k-means on log1p-transformed, standardised"
            + " behaviour features (k-means++, seeded restarts); sweep k, keep the k of the highest silhouette, and"
            + " print the sweep, the clusters and their profiles.")
    static final class KMeans extends WorkspaceCommand {

        @Option(names = "--dataset", required = true, paramLabel = "DATASET",
                description = "An events or transactions dataset with user_id, timestamp and price or revenue roles.")
        String dataset;

        @ArgGroup(exclusive = true)
        KChoice k;

        static final class KChoice {
            @Option(names = "--k", paramLabel = "K", description = "Fit exactly K clusters (at least 2).")
            Integer k;

            @Option(names = "--k-range", paramLabel = "FROM..TO", description = "Fit each k of the range and keep"
                    + " the one of the highest silhouette (default: 2..8).")
            String range;
        }

        @Option(names = "--seed", description = "Seed of the k-means++ starts and the silhouette sample (default:"
                + " ${DEFAULT-VALUE}).", defaultValue = "42")
        long seed;

        @Option(names = "--restarts", description = "Starts per k; the lowest inertia wins (default: ${DEFAULT-VALUE}).",
                defaultValue = "10")
        int restarts;

        @Option(names = "--features", split = ",", paramLabel = "F", description = "Features among recency,"
                + " frequency, monetary, tenure (default: all four).")
        List<String> features;

        @Option(names = "--snapshot", paramLabel = "DATE", description = "Measure recency to this day (YYYY-MM-DD);"
                + " later rows are left out (default: the day after the last row).")
        String snapshot;

        @Option(names = "--order", paramLabel = "COLUMN", description = "The order or invoice column (default: one"
                + " named like InvoiceNo or order_id).")
        String order;

        @Override
        protected int run(WorkspaceServices services, Output output) throws Exception {
            int[] range = kRange();
            KMeansSpec spec = KMeansSpec.of(range[0], range[1], seed).withRestarts(restarts);
            if (features != null) {
                List<BehaviourFeature> chosen = new ArrayList<>();
                for (String f : features) {
                    chosen.add(BehaviourFeature.parse(f));
                }
                spec = spec.withFeatures(chosen);
            }
            KMeansSegmentation result = runJob(services, new KMeansJob(ports(services), new KMeansRequest(dataset,
                    date(snapshot), order, spec)));
            if (options.json()) {
                output.json(result);
                return 0;
            }
            output.line("k-means segments of '%s' as of %s on %s (log1p, standardised), stored as segmentation %d.",
                    result.dataset(), result.snapshot(), String.join(", ",
                            spec.features().stream().map(BehaviourFeature::id).toList()), result.segmentationId());
            printCleaning(output, result.cleaning());
            output.line("");
            output.line("%4s %14s %11s %11s", "K", "INERTIA", "SILHOUETTE", "ITERATIONS");
            for (KSweepPoint p : result.sweep()) {
                output.line("%4d %14.1f %11.4f %11d%s", p.k(), p.inertia(), p.silhouette(), p.iterations(),
                        p.k() == result.k() ? "  <- chosen" : "");
            }
            int customers = (int) result.cleaning().customers();
            output.line("k = %d: the highest mean silhouette, %.4f (on %s of %s customers, seed %d).", result.k(),
                    result.silhouette(), Output.count(Math.min(customers, spec.silhouetteSample())),
                    Output.count(customers), spec.seed());
            output.line("");
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s %10s %7s", "CLUSTER",
                    "CUSTOMERS", "SHARE"));
            for (BehaviourFeature f : spec.features()) {
                header.append(String.format(Locale.ROOT, " %13s", f.id()));
            }
            output.line("%s", header + "   (centre: typical value)");
            for (Cluster c : result.clusters()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s %10s %6.1f%%", c.name(),
                        Output.count(c.customers()), 100 * c.share()));
                for (CentroidValue v : c.centroid()) {
                    row.append(String.format(Locale.ROOT, " %13.1f", v.typical()));
                }
                output.line("%s", row);
            }
            printProfiles(output, result.profiles());
            return 0;
        }

        private int[] kRange() {
            if (k != null && k.k != null) {
                return new int[]{k.k, k.k};
            }
            String text = k == null || k.range == null ? "2..8" : k.range;
            Matcher m = Pattern.compile("\\s*(\\d+)\\s*(?:\\.\\.|-)\\s*(\\d+)\\s*").matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("--k-range must look like 2..8, not '" + text + "'");
            }
            return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
    }

    /**
     * {@code campaign-lab segment rules --dataset EVENTS [--users USERS] --where "purchases_30d >= 2" …
     * [--name N] [--snapshot DATE] [--count-only]}
     */
    @Command(name = "rules", description = "Select the users for whom every --where condition holds (AND), count"
            + " them in SQL and store them as a segment with its definition.", footer = {"", "Conditions:"
            + " MEASURE OPERATOR VALUE, operators >= > <= < = !=.",
            "  purchases_30d, views_7d, clicks_14d, spend_90d  behaviour in the N days before the snapshot",
            "  days_since_purchase                             days from the last purchase's day to the snapshot",
            "  score:run3, score:run3:max, score:run3@DATASET  a run's mean (max) score over the user's scored rows",
            "  any other name                                  a column of the --users dataset, e.g. age_band = 25-34",
            "Example: campaign-lab segment rules --dataset events --users users --where \"purchases_30d >= 2\""
                    + " --where \"score:run3 >= 0.05\" --name \"Engaged buyers\""})
    static final class Rules extends WorkspaceCommand {

        @Option(names = "--dataset", paramLabel = "EVENTS", description = "The events or transactions dataset that"
                + " behaviour is counted in; without --users its users are the population.")
        String dataset;

        @Option(names = "--users", paramLabel = "USERS", description = "A users dataset: the population, and the"
                + " columns conditions may name.")
        String users;

        @Option(names = "--where", required = true, paramLabel = "CONDITION", description = "A condition, e.g."
                + " \"purchases_30d >= 2\"; repeat for more, all must hold.")
        List<String> where;

        @Option(names = "--name", paramLabel = "NAME", description = "The segment's name (default: its conditions).")
        String name;

        @Option(names = "--snapshot", paramLabel = "DATE", description = "Windows end the day before this day"
                + " (YYYY-MM-DD; default: the day after the events' last row).")
        String snapshot;

        @Option(names = "--count-only", description = "Count the audience without storing a segment.")
        boolean countOnly;

        @Override
        protected int run(WorkspaceServices services, Output output) throws Exception {
            if (dataset == null && users == null) {
                throw new IllegalArgumentException("give --dataset EVENTS, --users USERS or both");
            }
            SegmentRule rule = SegmentRule.parse(dataset, users, date(snapshot), where);
            if (countOnly) {
                AudienceCount count = services.audience().count(rule);
                if (options.json()) {
                    ObjectNode node = Output.object();
                    node.put("rule", rule.text());
                    node.put("matching", count.matching());
                    node.put("population", count.population());
                    node.put("share", count.share());
                    node.put("snapshot", count.snapshot() == null ? null : count.snapshot().toString());
                    output.json(node);
                    return 0;
                }
                printCount(output, rule, count);
                return 0;
            }
            RuleSegmentation result = runJob(services, new RuleSegmentJob(ports(services), services.audience(),
                    new RuleSegmentRequest(name, rule)));
            long segment = services.segments().require(result.segmentationId()).segments().get(0).id();
            if (options.json()) {
                ObjectNode node = Output.JSON.valueToTree(result);
                node.put("segment_id", segment);
                node.put("text", result.rule().text());
                output.json(node);
                return 0;
            }
            output.line("Rule segment '%s', stored as segmentation %d (segment %d; campaign-lab segments --members %d"
                    + " lists its users).", result.name(), result.segmentationId(), segment, segment);
            printCount(output, result.rule(), result.count());
            if (result.cleaning() != null) {
                output.line("");
                printCleaning(output, result.cleaning());
            }
            output.line("");
            output.line("%s", result.profileNote());
            if (result.profiles() != null) {
                printProfiles(output, result.profiles());
            }
            return 0;
        }

        private static void printCount(Output output, SegmentRule rule, AudienceCount count) {
            output.line("Rule: %s", rule.text());
            output.line("Population: %s, %s users%s.", rule.users() != null ? "every user of " + rule.users()
                    : "every user with a row in " + rule.events() + " before the snapshot",
                    Output.count(count.population()), count.snapshot() == null ? ""
                            : "; behaviour windows end at the start of " + count.snapshot());
            output.line("Audience: %s users (%.1f%%).", Output.count(count.matching()), 100 * count.share());
        }
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

    private static String ranges(List<ScoreRange> ranges, String dimension) {
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

    private static String number(double v) {
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

    private static String index(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String rate(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
