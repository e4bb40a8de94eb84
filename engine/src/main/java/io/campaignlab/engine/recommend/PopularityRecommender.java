package io.campaignlab.engine.recommend;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.List;

/**
 * Popularity: an item's score is the summed event weight of its training cells, over all of training (global) or
 * over the cells whose last event lies within {@code recentDays} before the latest training event (recent). The
 * same list for everyone; no explanation beyond "popular".
 */
public final class PopularityRecommender implements ItemRecommender {

    private final boolean recent;
    private double[] popularity;

    public PopularityRecommender(boolean recent) {
        this.recent = recent;
    }

    /** A fitted model from stored scores. */
    public static PopularityRecommender of(boolean recent, double[] popularity) {
        PopularityRecommender r = new PopularityRecommender(recent);
        r.popularity = popularity.clone();
        return r;
    }

    @Override
    public RecommenderKind kind() {
        return recent ? RecommenderKind.RECENT : RecommenderKind.POP;
    }

    @Override
    public void fit(InteractionMatrix train, RecommenderSpec spec, ProgressListener progress,
                    CancellationToken cancel) {
        double[] pop = new double[train.items()];
        long from = recent ? train.maxTime() - spec.recentDays() * 86_400_000L : Long.MIN_VALUE;
        for (int k = 0; k < train.nonZeros(); k++) {
            if (train.lastTime(k) >= from) {
                pop[train.column(k)] += train.value(k);
            }
        }
        if (recent) {
            // break ties among items unseen in the window by global popularity, scaled below one window unit
            double[] global = new double[train.items()];
            double max = 0;
            for (int k = 0; k < train.nonZeros(); k++) {
                global[train.column(k)] += train.value(k);
            }
            for (double g : global) {
                max = Math.max(max, g);
            }
            for (int i = 0; i < pop.length; i++) {
                pop[i] += max > 0 ? 1e-3 * global[i] / max : 0;
            }
        }
        popularity = pop;
        progress.progress(1, 1);
    }

    public double[] popularity() {
        return popularity.clone();
    }

    @Override
    public void score(int user, int[] items, float[] values, double[] out) {
        System.arraycopy(popularity, 0, out, 0, popularity.length);
    }

    @Override
    public List<Reason> explain(int user, int[] items, float[] values, int item, int n) {
        return List.of();
    }

    @Override
    public int itemCount() {
        return popularity.length;
    }
}
