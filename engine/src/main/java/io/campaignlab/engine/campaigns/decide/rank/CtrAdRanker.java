package io.campaignlab.engine.campaigns.decide.rank;

import io.campaignlab.engine.campaigns.decide.AdRanker;
import io.campaignlab.engine.campaigns.decide.AdRanking;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.frames.FrameColumn;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One ad offer's creatives ranked by a CTR run held warm ({@link RankerParts}). Per request: the user's stored slots
 * (or, for an unknown user, the context's values), the request's slots, and each creative's precomputed item slots
 * make one row per creative, scored in one forward pass; then the best creative's row with each field in turn set to
 * its missing value, plus the all-missing baseline row, make the occlusion batch of the explanation. Thread-safe.
 */
final class CtrAdRanker implements AdRanker {

    private final RankerParts parts;
    private final Clock clock;

    CtrAdRanker(RankerParts parts, Clock clock) {
        this.parts = parts;
        this.clock = clock;
    }

    @Override
    public AdRanking rank(String userId, Map<String, Object> context) {
        FieldLayout layout = parts.layout();
        Instant now = clock.instant();
        int userRow = parts.users() == null ? -1 : parts.users().row(userId);
        boolean cold = parts.users() != null && userRow < 0;
        SlotGroup.Compact user = userRow >= 0 ? parts.userRows() : coldUser(userId, context, now);
        SlotGroup.Compact request = layout.request().encode(requestColumns(layout.request().columns(), context, now),
                1);
        int n = parts.creatives().size();
        int total = layout.pipeline().slotCount();
        int[] indices = new int[n * total];
        float[] values = new float[n * total];
        for (int r = 0; r < n; r++) {
            layout.item().scatter(parts.creativeRows(), r, indices, values, r);
            layout.user().scatter(user, Math.max(userRow, 0), indices, values, r);
            layout.request().scatter(request, 0, indices, values, r);
        }
        double[] logits = parts.pool().logits(new EncodedRows(n, total, indices, values));
        int best = 0;
        List<AdRanking.CreativeScore> scores = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            if (logits[r] > logits[best]) {
                best = r;
            }
            scores.add(new AdRanking.CreativeScore(parts.creatives().get(r), parts.names().get(r),
                    parts.categories().get(r), sigmoid(logits[r])));
        }
        return explain(scores, best, indices, values, logits[best], cold);
    }

    private AdRanking explain(List<AdRanking.CreativeScore> scores, int best, int[] indices, float[] values,
                              double logit, boolean cold) {
        FeaturePipeline pipeline = parts.layout().pipeline();
        int fields = pipeline.fieldCount();
        int total = pipeline.slotCount();
        EncodedRows baseline = parts.baseline();
        int[] oi = new int[(fields + 1) * total];
        float[] ov = new float[oi.length];
        for (int f = 0; f <= fields; f++) {
            System.arraycopy(indices, best * total, oi, f * total, total);
            System.arraycopy(values, best * total, ov, f * total, total);
            int from = f == fields ? 0 : pipeline.firstSlot(f);
            int width = f == fields ? total : pipeline.fields().get(f).slots();
            System.arraycopy(baseline.indices(), from, oi, f * total + from, width);
            System.arraycopy(baseline.values(), from, ov, f * total + from, width);
        }
        double[] occluded = parts.pool().logits(new EncodedRows(fields + 1, total, oi, ov));
        List<String> names = parts.layout().fieldNames();
        List<Decision.Contribution> contributions = new ArrayList<>(fields);
        double sum = 0;
        for (int f = 0; f < fields; f++) {
            double c = logit - occluded[f];
            sum += c;
            contributions.add(new Decision.Contribution(names.get(f), c));
        }
        String userFeatures = parts.users() == null ? "context only (no user table)"
                : cold ? "context only (unknown user)" : "stored";
        return new AdRanking(parts.offer(), parts.run(), parts.model(), scores, scores.get(best).creative(),
                scores.get(best).pCtr(), cold, userFeatures, contributions, logit, occluded[fields], sum);
    }

    /** An unknown user's user slots: the user id, and the context's values of the other user columns. */
    private SlotGroup.Compact coldUser(String userId, Map<String, Object> context, Instant now) {
        SlotGroup group = parts.layout().user();
        Map<String, FrameColumn> columns = new HashMap<>();
        for (String c : group.columns()) {
            Object value = c.equals(parts.userKey()) ? userId : context.get(c);
            columns.put(c, parts.layout().requestColumn(c, value, now));
        }
        return group.encode(columns, 1);
    }

    private Map<String, FrameColumn> requestColumns(List<String> names, Map<String, Object> context, Instant now) {
        Map<String, FrameColumn> columns = new HashMap<>();
        for (String c : names) {
            columns.put(c, parts.layout().requestColumn(c, context.get(c), now));
        }
        return columns;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public void close() {
        parts.pool().close();
    }
}
