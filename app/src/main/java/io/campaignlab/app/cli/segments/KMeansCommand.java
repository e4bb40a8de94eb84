package io.campaignlab.app.cli.segments;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.segments.kmeans.BehaviourFeature;
import io.campaignlab.engine.segments.kmeans.CentroidValue;
import io.campaignlab.engine.segments.kmeans.Cluster;
import io.campaignlab.engine.segments.kmeans.KMeansJob;
import io.campaignlab.engine.segments.kmeans.KMeansRequest;
import io.campaignlab.engine.segments.kmeans.KMeansSegmentation;
import io.campaignlab.engine.segments.kmeans.KMeansSpec;
import io.campaignlab.engine.segments.kmeans.KSweepPoint;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code campaign-lab segment kmeans --dataset D [--k K | --k-range 2..8] [--seed S]} */
@Command(name = "kmeans", description = "Cluster customers by k-means on log1p-transformed, standardised"
        + " behaviour features (k-means++, seeded restarts); sweep k, keep the k of the highest silhouette, and"
        + " print the sweep, the clusters and their profiles.")
public final class KMeansCommand extends WorkspaceCommand {

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

    @Mixin
    KMeansStartOptions starts;

    @Option(names = "--features", split = ",", paramLabel = "F", description = "Features among recency,"
            + " frequency, monetary, tenure (default: all four).")
    List<String> features;

    @Mixin
    SnapshotOption snapshot;

    @Option(names = "--order", paramLabel = "COLUMN", description = "The order or invoice column (default: one"
            + " named like InvoiceNo or order_id).")
    String order;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        int[] range = kRange();
        KMeansSpec spec = KMeansSpec.of(range[0], range[1], starts.seed).withRestarts(starts.restarts);
        if (features != null) {
            List<BehaviourFeature> chosen = new ArrayList<>();
            for (String f : features) {
                chosen.add(BehaviourFeature.parse(f));
            }
            spec = spec.withFeatures(chosen);
        }
        KMeansSegmentation result = runJob(services, new KMeansJob(SegmentReports.ports(services), new KMeansRequest(dataset,
                snapshot.day(), order, spec)));
        if (options.json()) {
            output.json(result);
            return 0;
        }
        output.line("k-means segments of '%s' as of %s on %s (log1p, standardised), stored as segmentation %d.",
                result.dataset(), result.snapshot(), String.join(", ",
                        spec.features().stream().map(BehaviourFeature::id).toList()), result.segmentationId());
        SegmentReports.printCleaning(output, result.cleaning());
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
        SegmentReports.printProfiles(output, result.profiles());
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
