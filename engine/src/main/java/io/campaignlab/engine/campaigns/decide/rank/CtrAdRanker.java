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
 * (or, for an unknown user, the context's values), the request's slots, each creative's precomputed item slots and,
 * for a run trained with behavioural aggregates, the (user, creative) aggregates computed at load (a user not in the
 * users table gets those of a user with no history) make one row per creative; each creative's row again with each field in turn set to its missing value, and the
 * all-missing baseline row, join them in the same batch, so that one forward pass scores every creative and holds the
 * occlusions of whichever wins (at these sizes a pass costs its operators' overhead far more than its rows). The best
 * creative's contributions are its logit minus its occluded logits. Thread-safe.
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
        FeaturePipeline pipeline = layout.pipeline();
        int fields = pipeline.fieldCount();
        int total = pipeline.slotCount();
        int rows = n * (1 + fields) + 1;
        int[] indices = new int[rows * total];
        float[] values = new float[rows * total];
        for (int r = 0; r < n; r++) {
            layout.item().scatter(parts.creativeRows(), r, indices, values, r);
            layout.user().scatter(user, Math.max(userRow, 0), indices, values, r);
            layout.request().scatter(request, 0, indices, values, r);
            if (parts.pairRows() != null) {
                int stored = parts.users() == null ? 0 : parts.users().frame().rows();
                layout.pair().scatter(parts.pairRows(), (userRow >= 0 ? userRow : stored) * n + r, indices, values,
                        r);
            }
            occlude(indices, values, r, n + r * fields);
        }
        EncodedRows baseline = parts.baseline();
        System.arraycopy(baseline.indices(), 0, indices, (rows - 1) * total, total);
        System.arraycopy(baseline.values(), 0, values, (rows - 1) * total, total);
        double[] logits = parts.pool().logits(new EncodedRows(rows, total, indices, values));
        int best = 0;
        List<AdRanking.CreativeScore> scores = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            if (logits[r] > logits[best]) {
                best = r;
            }
            scores.add(new AdRanking.CreativeScore(parts.creatives().get(r), parts.names().get(r),
                    parts.categories().get(r), sigmoid(logits[r])));
        }
        List<String> names = layout.fieldNames();
        List<Decision.Contribution> contributions = new ArrayList<>(fields);
        double sum = 0;
        for (int f = 0; f < fields; f++) {
            double c = logits[best] - logits[n + best * fields + f];
            sum += c;
            contributions.add(new Decision.Contribution(names.get(f), c));
        }
        String userFeatures = parts.users() == null ? "context only (no user table)"
                : cold ? "context only (unknown user)" : "stored";
        return new AdRanking(parts.offer(), parts.run(), parts.model(), scores, scores.get(best).creative(),
                scores.get(best).pCtr(), cold, userFeatures, contributions, logits[best], logits[rows - 1], sum);
    }

    /**
     * Writes the occlusion rows of candidate row {@code row}: from {@code first} on, one row per field, each a copy of
     * the candidate's row with that field's slots set to the baseline's (its missing value).
     */
    private void occlude(int[] indices, float[] values, int row, int first) {
        FeaturePipeline pipeline = parts.layout().pipeline();
        int total = pipeline.slotCount();
        EncodedRows baseline = parts.baseline();
        for (int f = 0; f < pipeline.fieldCount(); f++) {
            int at = (first + f) * total;
            System.arraycopy(indices, row * total, indices, at, total);
            System.arraycopy(values, row * total, values, at, total);
            int from = pipeline.firstSlot(f);
            int width = pipeline.fields().get(f).slots();
            System.arraycopy(baseline.indices(), from, indices, at + from, width);
            System.arraycopy(baseline.values(), from, values, at + from, width);
        }
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
