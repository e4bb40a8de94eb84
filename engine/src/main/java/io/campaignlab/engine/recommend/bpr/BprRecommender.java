package io.campaignlab.engine.recommend.bpr;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.FactorRecommender;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Bayesian personalised ranking with matrix factorisation (Rendle et al. 2009): the score of item j for user u is
 * {@code p_u·q_j + b_j}, trained with DJL on sampled (user, positive, negative) triples so that a user's items
 * outrank the others ({@link BprTrainer}: Adam, L2, on the GPU when the engine sees one). Every training cell is a
 * positive whatever its event weight; negatives are drawn uniformly from the items the user has no cell on.
 *
 * <p>Users fitted in training are scored with their trained factors. Any other history (a user not in training, or
 * one whose history changed, as when a stored model is served) is folded in with the item factors fixed, by the
 * deterministic Newton fit of {@link BprFoldIn}. Explanations come from that fold-in: the folded-in
 * vector is an exact sum of one part per history item, so the score's {@code x·q_j} splits into each history item's
 * contribution; the item bias {@code b_j} (how much the item is liked by everyone) is the rest of the score and is
 * not attributed to any history item.
 */
public final class BprRecommender extends FactorRecommender {

    private boolean[] trained;
    private double[] itemBias;
    private String device = "";
    private volatile Cached cached;

    public BprRecommender() {
    }

    /** A fitted model from stored item factors (items × factors, row-major) and biases; users are folded in. */
    public static BprRecommender of(int factors, double regularization, double[] itemFactors, double[] itemBias) {
        if (itemFactors.length != itemBias.length * factors) {
            throw new IllegalArgumentException("BPR item factors hold " + itemFactors.length + " values, expected "
                    + itemBias.length + " items × " + factors + " factors");
        }
        BprRecommender r = new BprRecommender();
        r.factors = factors;
        r.regularization = regularization;
        r.items = itemBias.length;
        r.itemFactors = itemFactors.clone();
        r.itemBias = itemBias.clone();
        return r;
    }

    @Override
    public RecommenderKind kind() {
        return RecommenderKind.BPR;
    }

    @Override
    public void fit(InteractionMatrix train, RecommenderSpec spec, ProgressListener progress,
                    CancellationToken cancel) {
        BprSettings s = spec.bpr();
        BprTrainer.Result r = BprTrainer.train(train, spec.factors(), spec.seed(), s, progress, cancel);
        factors = spec.factors();
        regularization = s.regularization();
        users = train.users();
        items = train.items();
        userFactors = toDouble(r.userFactors());
        itemFactors = toDouble(r.itemFactors());
        itemBias = toDouble(r.itemBias());
        trained = new boolean[users];
        for (int u = 0; u < users; u++) {
            trained[u] = train.rowLength(u) > 0;
        }
        losses = r.losses();
        seconds = r.seconds();
        device = r.device();
        cached = null;
    }

    private static double[] toDouble(float[] a) {
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k];
        }
        return out;
    }

    /** The device it was trained on, for example {@code cpu()} or {@code gpu(0)}; empty for a loaded model. */
    public String device() {
        return device;
    }

    public double[] itemBias() {
        return itemBias.clone();
    }

    @Override
    public void score(int user, int[] items, float[] values, double[] out) {
        int f = factors;
        double[] x = user >= 0 && userFactors != null && user < users && trained[user]
                ? Arrays.copyOfRange(userFactors, user * f, user * f + f) : foldIn(items).x();
        for (int j = 0; j < this.items; j++) {
            out[j] = BprFoldIn.dot(itemFactors, j * f, x, 0, f) + itemBias[j];
        }
    }

    @Override
    public List<Reason> explain(int user, int[] items, float[] values, int item, int n) {
        int f = factors;
        BprFoldIn.Result fold = foldIn(items);
        List<Reason> reasons = new ArrayList<>();
        int[] distinct = distinct(items);
        for (int a = 0; a < distinct.length; a++) {
            reasons.add(new Reason(distinct[a], BprFoldIn.dot(fold.parts(), a * f, itemFactors, item * f, f)));
        }
        reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed()
                .thenComparingInt(Reason::item));
        return reasons.subList(0, Math.min(n, reasons.size()));
    }

    /** The fold-in of a history, kept for the last history asked about (explanations ask once per item). */
    BprFoldIn.Result foldIn(int[] history) {
        int[] key = distinct(history);
        Cached c = cached;
        if (c != null && Arrays.equals(c.history(), key)) {
            return c.result();
        }
        BprFoldIn.Result r = BprFoldIn.fit(itemFactors, itemBias, factors, regularization, key);
        cached = new Cached(key, r);
        return r;
    }

    private static int[] distinct(int[] items) {
        return Arrays.stream(items).distinct().sorted().toArray();
    }

    private record Cached(int[] history, BprFoldIn.Result result) {
    }
}
