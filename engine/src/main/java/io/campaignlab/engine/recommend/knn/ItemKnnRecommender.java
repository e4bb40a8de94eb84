package io.campaignlab.engine.recommend.knn;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.Parallel;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Item-based k-nearest neighbours on implicit feedback. The similarity of items i and j is the shrunk cosine of
 * their weighted user columns, {@code sim(i, j) = Σ_u r_ui r_uj / (‖r_i‖ ‖r_j‖ + h)}; each item keeps its top
 * {@code M} neighbours (sparse). A user's score for j is {@code Σ_{i ∈ history} r_ui · sim(i, j)} over the history
 * items that list j as a neighbour, and the explanation is that sum's largest terms: "because you interacted with
 * X and Y".
 */
public final class ItemKnnRecommender implements ItemRecommender {

    private int[][] neighbours;
    private float[][] similarities;

    public ItemKnnRecommender() {
    }

    /** A fitted model from stored neighbour lists. */
    public static ItemKnnRecommender of(int[][] neighbours, float[][] similarities) {
        ItemKnnRecommender r = new ItemKnnRecommender();
        r.neighbours = neighbours;
        r.similarities = similarities;
        return r;
    }

    @Override
    public RecommenderKind kind() {
        return RecommenderKind.ITEMKNN;
    }

    @Override
    public void fit(InteractionMatrix train, RecommenderSpec spec, ProgressListener progress,
                    CancellationToken cancel) {
        int items = train.items();
        InteractionMatrix byItem = train.transpose();
        double[] norms = new double[items];
        for (int i = 0; i < items; i++) {
            double s = 0;
            for (int k = byItem.rowStart(i); k < byItem.rowEnd(i); k++) {
                s += (double) byItem.value(k) * byItem.value(k);
            }
            norms[i] = Math.sqrt(s);
        }
        int[][] nbr = new int[items][];
        float[][] sim = new float[items][];
        int m = spec.neighbours();
        double h = spec.shrinkage();
        AtomicLong done = new AtomicLong();
        progress.message("Item similarities");
        try (Parallel parallel = new Parallel(spec.threads())) {
            parallel.forRange(items, 256, cancel, (chunk, from, to) -> {
                double[] dot = new double[items];
                int[] touched = new int[items];
                double[] candidate = new double[items];
                boolean[] isTouched = new boolean[items];
                for (int i = from; i < to; i++) {
                    int n = 0;
                    for (int k = byItem.rowStart(i); k < byItem.rowEnd(i); k++) {
                        int u = byItem.column(k);
                        double rui = byItem.value(k);
                        for (int q = train.rowStart(u); q < train.rowEnd(u); q++) {
                            int j = train.column(q);
                            if (j == i) {
                                continue;
                            }
                            if (!isTouched[j]) {
                                isTouched[j] = true;
                                touched[n++] = j;
                            }
                            dot[j] += rui * train.value(q);
                        }
                    }
                    for (int t = 0; t < n; t++) {
                        int j = touched[t];
                        candidate[j] = dot[j] / (norms[i] * norms[j] + h);
                    }
                    int[] best = topOf(touched, n, candidate, m);
                    nbr[i] = best;
                    sim[i] = new float[best.length];
                    for (int t = 0; t < best.length; t++) {
                        sim[i][t] = (float) candidate[best[t]];
                    }
                    for (int t = 0; t < n; t++) {
                        dot[touched[t]] = 0;
                        candidate[touched[t]] = 0;
                        isTouched[touched[t]] = false;
                    }
                }
                progress.progress(done.addAndGet(to - from), items);
            });
        }
        neighbours = nbr;
        similarities = sim;
    }

    /** The (at most) m touched items with the highest value, highest first, ties by lower id. */
    private static int[] topOf(int[] touched, int n, double[] value, int m) {
        Integer[] ids = new Integer[n];
        for (int t = 0; t < n; t++) {
            ids[t] = touched[t];
        }
        java.util.Arrays.sort(ids, Comparator.<Integer>comparingDouble(j -> -value[j]).thenComparingInt(j -> j));
        int keep = Math.min(m, n);
        int[] out = new int[keep];
        for (int t = 0; t < keep; t++) {
            out[t] = ids[t];
        }
        return out;
    }

    /** The neighbours of an item, most similar first. */
    public int[] neighbours(int item) {
        return neighbours[item].clone();
    }

    /** The similarities that go with {@link #neighbours(int)}. */
    public float[] similarities(int item) {
        return similarities[item].clone();
    }

    /** sim(i, j) when j is among i's neighbours, else 0. */
    public double similarity(int i, int j) {
        for (int t = 0; t < neighbours[i].length; t++) {
            if (neighbours[i][t] == j) {
                return similarities[i][t];
            }
        }
        return 0;
    }

    @Override
    public void score(int user, int[] items, float[] values, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int h = 0; h < items.length; h++) {
            int i = items[h];
            double r = values[h];
            int[] nb = neighbours[i];
            float[] s = similarities[i];
            for (int t = 0; t < nb.length; t++) {
                out[nb[t]] += r * s[t];
            }
        }
    }

    @Override
    public List<Reason> explain(int user, int[] items, float[] values, int item, int n) {
        List<Reason> reasons = new ArrayList<>();
        for (int h = 0; h < items.length; h++) {
            double s = similarity(items[h], item);
            if (s != 0) {
                reasons.add(new Reason(items[h], values[h] * s));
            }
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -r.contribution()).thenComparingInt(Reason::item));
        return reasons.subList(0, Math.min(n, reasons.size()));
    }

    @Override
    public int itemCount() {
        return neighbours.length;
    }
}
