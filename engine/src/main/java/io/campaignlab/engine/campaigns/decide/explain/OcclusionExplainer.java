package io.campaignlab.engine.campaigns.decide.explain;

import io.campaignlab.engine.campaigns.decide.AdRanking;
import io.campaignlab.engine.campaigns.decide.ChoiceExplainer;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionTrace;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.models.LoadedModel;
import io.campaignlab.engine.models.ModelScorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run's explanations by occlusion: for a user's latest row, a column's contribution is the model's logit of the
 * row minus its logit with that column set missing (NaN, null or no time, as the pipeline reads a missing value), all
 * {@code columns + 1} rows scored in one batch. The row is as loaded, so a user's explanation is computed once and
 * kept, its {@value AdRanking#TOP} largest contributions only (at most one entry per user with a row, so the memory
 * held is bounded by the dataset's users). Thread-safe: scoring is serialised.
 */
final class OcclusionExplainer implements ChoiceExplainer {

    static final String METHOD = "occlusion on the user's latest row of %s: a column's contribution is the model's"
            + " logit minus its logit with that column set missing (the ad ranker's method; the Explain section's"
            + " sampled Shapley values score thousands of rows per user, too many per request)";

    private final LoadedModel model;
    private final ModelScorer scorer;
    private final String dataset;
    private final Frame rows;
    private final List<String> columns;
    private final Map<String, Integer> latest;
    private final Map<String, Explained> done = new ConcurrentHashMap<>();

    OcclusionExplainer(LoadedModel model, String dataset, Frame rows, List<String> columns,
                       Map<String, Integer> latest) {
        this.model = model;
        this.scorer = ModelScorer.open(model);
        this.dataset = dataset;
        this.rows = rows;
        this.columns = List.copyOf(columns);
        this.latest = Map.copyOf(latest);
    }

    @Override
    public Explained explain(String userId) {
        Integer row = latest.get(userId);
        long run = model.run().id();
        String kind = model.artifact().shape().kind().id();
        if (row == null) {
            return new Explained(List.of(), new DecisionTrace.Explanation(run, kind, null, null, "the user has no row"
                    + " in " + dataset + ", the dataset of run " + run + ", so there is nothing of theirs to explain"));
        }
        return done.computeIfAbsent(userId, u -> occlude(row, run, kind));
    }

    private Explained occlude(int row, long run, String kind) {
        int n = columns.size() + 1;
        int[] copies = new int[n];
        Arrays.fill(copies, row);
        Frame batch = rows.select(copies);
        List<FrameColumn> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            out.add(missingAt(batch.column(columns.get(c)), c + 1));
        }
        double[] logits;
        synchronized (scorer) {
            logits = scorer.logits(scorer.pipeline().encode(Frame.of(rows.dataset(), batch.rowIds(), out)));
        }
        List<Decision.Contribution> contributions = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            contributions.add(new Decision.Contribution(columns.get(c), logits[0] - logits[c + 1]));
        }
        contributions.sort(Comparator.comparingDouble((Decision.Contribution x) -> -Math.abs(x.contribution())));
        return new Explained(contributions.subList(0, Math.min(AdRanking.TOP, contributions.size())),
                new DecisionTrace.Explanation(run, kind, String.format(METHOD, dataset),
                rows.rowIds()[row], null));
    }

    /** The column with row {@code at} made missing. */
    static FrameColumn missingAt(FrameColumn column, int at) {
        if (column instanceof FrameColumn.Numbers n) {
            double[] v = n.values().clone();
            v[at] = Double.NaN;
            return new FrameColumn.Numbers(n.name(), v);
        }
        if (column instanceof FrameColumn.Texts t) {
            String[] v = t.values().clone();
            v[at] = null;
            return new FrameColumn.Texts(t.name(), v);
        }
        FrameColumn.Times t = (FrameColumn.Times) column;
        long[] v = t.epochMillis().clone();
        v[at] = FrameColumn.MISSING_TIME;
        return new FrameColumn.Times(t.name(), v);
    }

    @Override
    public void close() {
        synchronized (scorer) {
            scorer.close();
        }
    }
}
