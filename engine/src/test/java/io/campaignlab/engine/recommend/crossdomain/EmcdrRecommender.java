package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.Cholesky;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.als.AlsRecommender;

import java.util.List;

/**
 * Embedding and mapping (EMCDR, Man et al. 2017, with its linear mapping): an implicit ALS in each domain on its own,
 * then a ridge regression from a user's source factor (plus an intercept) to the same user's target factor, learned
 * on the users with training cells in both domains. A user with no target cells but source cells is scored with the
 * mapped factor; a user with target cells keeps the target ALS's own factor; a user with neither scores zero.
 * Evaluation-only: it is not saved or served, and the product does not offer it ({@code --model cdr} is the joint
 * ALS); it lives with the tests as the published baseline the joint ALS is compared with
 * ({@link AmazonGameVideoAcceptanceTest}).
 */
final class EmcdrRecommender implements ItemRecommender {

    private final double mappingRidge;
    private AlsRecommender targetAls;
    private int factors;
    private int targetItems;
    private double[] targetItemFactors;
    private double[] targetUserFactors;
    private double[] mappedUserFactors;
    private boolean[] useMapped;
    private int pairs;

    /** A model whose mapping has ridge penalty {@code mappingRidge} (≥ 0) on the coefficients. */
    EmcdrRecommender(double mappingRidge) {
        if (!(mappingRidge >= 0) || Double.isInfinite(mappingRidge)) {
            throw new IllegalArgumentException("the mapping ridge must be finite and >= 0, not " + mappingRidge);
        }
        this.mappingRidge = mappingRidge;
    }

    @Override
    public RecommenderKind kind() {
        return RecommenderKind.CDR;
    }

    @Override
    public void fit(InteractionMatrix train, RecommenderSpec spec, ProgressListener progress,
                    CancellationToken cancel) {
        throw new UnsupportedOperationException("EMCDR is fitted on two domains (CrossDomainData), not on one matrix");
    }

    /** Fits both domains' ALS with the same spec, then the mapping. */
    public void fit(CrossDomainData data, RecommenderSpec spec, ProgressListener progress, CancellationToken cancel) {
        factors = spec.factors();
        targetItems = data.target().items();
        progress.message("EMCDR: target-domain ALS");
        targetAls = new AlsRecommender().optTrackLoss(false);
        targetAls.fit(data.target(), spec, progress, cancel);
        progress.message("EMCDR: source-domain ALS");
        AlsRecommender sourceAls = new AlsRecommender().optTrackLoss(false);
        sourceAls.fit(data.source(), spec, progress, cancel);
        cancel.throwIfCancelled();
        targetItemFactors = targetAls.itemFactors();
        targetUserFactors = targetAls.userFactors();
        double[] xs = sourceAls.userFactors();
        double[][] w = mapping(data, xs, targetUserFactors, factors, mappingRidge);
        int users = data.users();
        int f = factors;
        mappedUserFactors = new double[users * f];
        useMapped = new boolean[users];
        for (int u = 0; u < users; u++) {
            if (data.target().rowLength(u) > 0 || data.source().rowLength(u) == 0) {
                continue;
            }
            useMapped[u] = true;
            for (int b = 0; b < f; b++) {
                double s = w[f][b];
                for (int a = 0; a < f; a++) {
                    s += xs[u * f + a] * w[a][b];
                }
                mappedUserFactors[u * f + b] = s;
            }
        }
        pairs = 0;
        for (int u = 0; u < users; u++) {
            if (data.inBoth(u)) {
                pairs++;
            }
        }
    }

    /**
     * Ridge least squares {@code W = (ZᵀZ + μI′)⁻¹ ZᵀT} over the users in both domains, with Z the source factors
     * and a last column of ones (the intercept, not penalised) and T the target factors; (f + 1) × f.
     */
    static double[][] mapping(CrossDomainData data, double[] xs, double[] xt, int f, double ridge) {
        int d = f + 1;
        double[] zz = new double[d * d];
        double[][] zt = new double[d][f];
        double[] z = new double[d];
        int n = 0;
        for (int u = 0; u < data.users(); u++) {
            if (!data.inBoth(u)) {
                continue;
            }
            n++;
            System.arraycopy(xs, u * f, z, 0, f);
            z[f] = 1;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    zz[a * d + b] += z[a] * z[b];
                }
                for (int b = 0; b < f; b++) {
                    zt[a][b] += z[a] * xt[u * f + b];
                }
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("no user has training interactions in both domains, so there is"
                    + " nothing to learn the mapping from");
        }
        for (int a = 0; a < f; a++) {
            zz[a * d + a] += ridge;
        }
        zz[f * d + f] += 1e-9;
        Cholesky chol = new Cholesky(zz, d);
        double[][] w = new double[d][f];
        double[] rhs = new double[d];
        for (int b = 0; b < f; b++) {
            for (int a = 0; a < d; a++) {
                rhs[a] = zt[a][b];
            }
            double[] col = chol.solve(rhs);
            for (int a = 0; a < d; a++) {
                w[a][b] = col[a];
            }
        }
        return w;
    }

    /** Users the mapping was learned on (training cells in both domains). */
    public int mappingPairs() {
        return pairs;
    }

    @Override
    public void score(int user, int[] items, float[] values, double[] out) {
        if (user >= 0 && user < useMapped.length && useMapped[user]) {
            int f = factors;
            for (int j = 0; j < targetItems; j++) {
                double s = 0;
                for (int a = 0; a < f; a++) {
                    s += targetItemFactors[j * f + a] * mappedUserFactors[user * f + a];
                }
                out[j] = s;
            }
            return;
        }
        targetAls.score(user, items, values, out);
    }

    @Override
    public List<Reason> explain(int user, int[] items, float[] values, int item, int n) {
        return targetAls.explain(user, items, values, item, n);
    }

    @Override
    public int itemCount() {
        return targetItems;
    }
}
