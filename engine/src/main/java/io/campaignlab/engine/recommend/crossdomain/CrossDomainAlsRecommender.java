package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.als.AlsRecommender;

import java.util.Arrays;
import java.util.List;

/**
 * Cross-domain recommendation by shared user factors: one implicit ALS ({@link AlsRecommender}) on the users ×
 * (target items ∪ source items) matrix of {@link CrossDomainData#joint}, so a user's factor is learned from both
 * domains and items of both domains live in one space. Only target items are scored. A user cold in the target
 * domain still has a factor from the source items, which is what transfers taste across domains (the "collective"
 * or joint MF of Singh and Gordon 2008, with the implicit-feedback loss of Hu, Koren and Volinsky).
 *
 * <p>Users: a row of the fitted data uses its learned factor. Any other user ({@code user = -1}) is folded in from a
 * joint history whose item ids are in the joint space (target item {@code i} as {@code i}, source item {@code j} as
 * {@code targetItems + j}, its value already multiplied by the source weight; see {@link #jointHistory}).
 */
public final class CrossDomainAlsRecommender implements ItemRecommender {

    private final double sourceWeight;
    private AlsRecommender joint;
    private int targetItems;
    private int sourceItems;

    /** A model to fit; source cells count {@code sourceWeight} times their value in the joint matrix. */
    public CrossDomainAlsRecommender(double sourceWeight) {
        if (!(sourceWeight > 0) || Double.isInfinite(sourceWeight)) {
            throw new IllegalArgumentException("the source weight must be finite and > 0, not " + sourceWeight);
        }
        this.sourceWeight = sourceWeight;
    }

    /** A fitted model from stored joint item factors (target items first, then source items); users fold in. */
    public static CrossDomainAlsRecommender of(double sourceWeight, int targetItems, int factors,
                                               double regularization, double alpha, double[] jointItemFactors) {
        CrossDomainAlsRecommender r = new CrossDomainAlsRecommender(sourceWeight);
        r.joint = AlsRecommender.of(factors, regularization, alpha, jointItemFactors);
        r.targetItems = targetItems;
        r.sourceItems = r.joint.itemCount() - targetItems;
        if (r.sourceItems < 0) {
            throw new IllegalArgumentException("the stored factors cover " + r.joint.itemCount() + " items, fewer than"
                    + " the " + targetItems + " target items");
        }
        return r;
    }

    @Override
    public RecommenderKind kind() {
        return RecommenderKind.CDR;
    }

    /** Not supported: a cross-domain model needs both domains, see {@link #fit(CrossDomainData, RecommenderSpec, ProgressListener, CancellationToken)}. */
    @Override
    public void fit(InteractionMatrix train, RecommenderSpec spec, ProgressListener progress,
                    CancellationToken cancel) {
        throw new UnsupportedOperationException("a cross-domain recommender is fitted on two domains"
                + " (CrossDomainData), not on one matrix");
    }

    /** Fits the joint ALS with the spec's factors, iterations, λ, α, CG steps, threads and seed. */
    public void fit(CrossDomainData data, RecommenderSpec spec, ProgressListener progress, CancellationToken cancel) {
        targetItems = data.target().items();
        sourceItems = data.source().items();
        AlsRecommender als = new AlsRecommender().optTrackLoss(false);
        als.fit(data.joint(sourceWeight), spec, progress, cancel);
        joint = als;
    }

    public double sourceWeight() {
        return sourceWeight;
    }

    public int targetItems() {
        return targetItems;
    }

    public int sourceItems() {
        return sourceItems;
    }

    /** The joint ALS (its items are target items then source items). */
    public AlsRecommender joint() {
        return joint;
    }

    /**
     * A folded-in user's joint history from the two domains' rows (each ascending in its own ids): target items as
     * they are, then source items shifted by the target catalogue with their values times the source weight.
     */
    public History jointHistory(int[] targetRow, float[] targetValues, int[] sourceRow, float[] sourceValues) {
        int[] items = Arrays.copyOf(targetRow, targetRow.length + sourceRow.length);
        float[] values = Arrays.copyOf(targetValues, items.length);
        for (int h = 0; h < sourceRow.length; h++) {
            if (sourceRow[h] < 0 || sourceRow[h] >= sourceItems) {
                throw new IllegalArgumentException("source item " + sourceRow[h] + " is outside the model's "
                        + sourceItems + " source items");
            }
            items[targetRow.length + h] = targetItems + sourceRow[h];
            values[targetRow.length + h] = (float) (sourceWeight * sourceValues[h]);
        }
        return new History(items, values);
    }

    /** A joint-space history row. */
    public record History(int[] items, float[] values) {
    }

    @Override
    public void score(int user, int[] items, float[] values, double[] out) {
        double[] all = new double[joint.itemCount()];
        joint.score(user, items, values, all);
        System.arraycopy(all, 0, out, 0, targetItems);
    }

    @Override
    public List<Reason> explain(int user, int[] items, float[] values, int item, int n) {
        return joint.explain(user, items, values, item, n);
    }

    @Override
    public int itemCount() {
        return targetItems;
    }
}
