package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.recommend.knn.ItemKnnRecommender;

import java.util.Arrays;

/**
 * The non-sequential baselines of the session model, as {@link SessionScorer}s: popularity, and item-kNN fitted on
 * the session × item matrix, scoring a prefix either from its last click only or from all its distinct items
 * (each with weight 1).
 */
public final class BaselineSessionScorers {

    private BaselineSessionScorers() {
    }

    /** Every prefix gets the training click counts. */
    public static SessionScorer popularity(double[] clicks) {
        float[] scores = new float[clicks.length];
        for (int i = 0; i < clicks.length; i++) {
            scores[i] = (float) clicks[i];
        }
        return new SessionScorer() {
            @Override
            public int itemCount() {
                return scores.length;
            }

            @Override
            public float[] emptySessionScores() {
                return scores.clone();
            }

            @Override
            public float[][] prefixScores(int[] session) {
                float[][] out = new float[session.length][];
                for (int t = 0; t < session.length; t++) {
                    out[t] = scores.clone();
                }
                return out;
            }
        };
    }

    /** How a kNN scorer reads a prefix. */
    public enum KnnInput {
        /** Only the prefix's last click: the neighbours of the current item. */
        LAST_ITEM,
        /** Every distinct item of the prefix, weight 1 each: summed neighbour similarities. */
        WHOLE_PREFIX
    }

    /** Item-kNN scores of each prefix from a fitted model. */
    public static SessionScorer itemKnn(ItemKnnRecommender knn, KnnInput input) {
        return new SessionScorer() {
            @Override
            public int itemCount() {
                return knn.itemCount();
            }

            @Override
            public float[] emptySessionScores() {
                return new float[knn.itemCount()];
            }

            @Override
            public float[][] prefixScores(int[] session) {
                float[][] out = new float[session.length][];
                double[] scores = new double[knn.itemCount()];
                for (int t = 0; t < session.length; t++) {
                    int[] items = input == KnnInput.LAST_ITEM ? new int[]{session[t]}
                            : Arrays.stream(session, 0, t + 1).distinct().toArray();
                    float[] ones = new float[items.length];
                    Arrays.fill(ones, 1f);
                    knn.score(-1, items, ones, scores);
                    out[t] = new float[scores.length];
                    for (int i = 0; i < scores.length; i++) {
                        out[t][i] = (float) scores[i];
                    }
                }
                return out;
            }
        };
    }
}
