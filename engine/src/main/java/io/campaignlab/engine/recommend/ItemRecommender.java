package io.campaignlab.engine.recommend;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.BitSet;
import java.util.List;

/**
 * A recommender on implicit feedback. {@link #fit} once, then {@link #score} and {@link #explain} from any number of
 * threads. A user is described by a history row (items ascending, summed weights) and, when the model was fitted on
 * that user's training row, the user's row index; {@code -1} means "fold the history in".
 */
public interface ItemRecommender {

    RecommenderKind kind();

    void fit(InteractionMatrix train, RecommenderSpec spec, ProgressListener progress, CancellationToken cancel);

    /** Fills {@code out} (one slot per item) with the user's scores; higher is better. */
    void score(int user, int[] items, float[] values, double[] out);

    /** The history items that contribute most to the score of {@code item}, largest first (at most {@code n}). */
    List<Reason> explain(int user, int[] items, float[] values, int item, int n);

    /** The top {@code k} items for a user, excluding the given ones. */
    default List<ScoredItem> recommend(int user, int[] items, float[] values, int k, BitSet exclude) {
        double[] scores = new double[itemCount()];
        score(user, items, values, scores);
        return ScoredItem.top(scores, k, exclude);
    }

    /** The catalogue size the model was fitted on. */
    int itemCount();

    /** One history item's share of a recommendation's score. */
    record Reason(int item, double contribution) {
    }
}
