package io.campaignlab.engine.segments.rfm;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentPorts;
import io.campaignlab.engine.segments.SegmentationJob;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerLoader;
import io.campaignlab.engine.segments.customers.CustomerTable;
import io.campaignlab.engine.segments.profiles.ProfileReport;
import io.campaignlab.engine.segments.profiles.SegmentProfile;
import io.campaignlab.engine.segments.profiles.SegmentProfiler;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments the customers of a dataset by RFM: cleans the rows ({@link CustomerLoader}), scores recency, frequency
 * and monetary value by quintile ({@link QuintileScores}), names the segments on the R × F grid ({@link RfmGrid}),
 * profiles them ({@link SegmentProfiler}) and stores every named segment, empty ones included, with its members as
 * one segmentation.
 */
public final class RfmJob extends SegmentationJob<RfmSegmentation> {

    private final RfmRequest request;

    public RfmJob(SegmentPorts ports, RfmRequest request) {
        super(ports);
        this.request = request;
    }

    @Override
    public String title() {
        return "RFM segments of " + request.dataset();
    }

    @Override
    public RfmSegmentation run(ProgressListener progress, CancellationToken cancel) {
        DatasetInfo info = ports().datasets().require(request.dataset());
        CustomerData data = customers(info, request.snapshot(), request.orderColumn(), progress, cancel);
        Segmented segmented = compute(data);
        cancel.throwIfCancelled();
        RfmSegmentation result = segmented.result();
        progress.message("Storing " + result.segments().size() + " segments");
        List<NewSegment> segments = segments(data.customers(), segmented.segmentOf(),
                RfmGrid.RULES.stream().map(RfmRule::name).toList(), s -> {
                    RfmRule rule = RfmGrid.RULES.get(s);
                    return new RfmDefinition(rule, rule.text(), RfmDefinition.SCORING, data.cleaning().frequency(),
                            data.cleaning().amount(), result.snapshot());
                });
        return result.withSegmentationId(store("RFM of " + info.name() + " as of " + result.snapshot(),
                SegmentKind.RFM, info, result.snapshot(), request, result, segments));
    }

    /** Scores, names and profiles the customers; stores nothing. */
    public static RfmSegmentation segment(CustomerData data) {
        return compute(data).result();
    }

    /** Each customer's segment, an index into {@link RfmGrid#RULES}. */
    public static int[] segmentOf(RfmScores scores) {
        int[] segmentOf = new int[scores.recency().length];
        for (int i = 0; i < segmentOf.length; i++) {
            segmentOf[i] = RfmGrid.segmentOf(scores.recency()[i], scores.frequency()[i]);
        }
        return segmentOf;
    }

    private static Segmented compute(CustomerData data) {
        CustomerTable customers = data.customers();
        RfmScores scores = RfmScores.of(customers);
        int[] segmentOf = segmentOf(scores);
        int[][] grid = new int[5][5];
        for (int i = 0; i < segmentOf.length; i++) {
            grid[scores.recency()[i] - 1][scores.frequency()[i] - 1]++;
        }
        List<String> names = RfmGrid.RULES.stream().map(RfmRule::name).toList();
        ProfileReport profiles = SegmentProfiler.profile(data, segmentOf, names);
        List<RfmSegment> segments = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            RfmRule rule = RfmGrid.RULES.get(s);
            SegmentProfile profile = profiles.segments().get(s);
            segments.add(new RfmSegment(rule.name(), rule.text(), rule.description(), profile.customers(),
                    profile.share(), profile.customers() == 0 ? RfmGrid.emptyReason(rule, grid) : null));
        }
        RfmSegmentation result = new RfmSegmentation(0, data.columns().dataset(), customers.snapshot(),
                data.cleaning(), segments, scores.ranges(customers), grid, profiles, scores.notes());
        return new Segmented(result, segmentOf);
    }

    private record Segmented(RfmSegmentation result, int[] segmentOf) {
    }
}
