package io.campaignlab.engine.explain.importance;

import io.campaignlab.engine.evaluation.Auc;
import io.campaignlab.engine.explain.BatchScore;
import io.campaignlab.engine.explain.Player;
import io.campaignlab.engine.explain.Rows;
import io.campaignlab.engine.explain.ScoringBuffer;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Permutation importance (Breiman 2001; Fisher, Rudin and Dominici 2019): how much the AUC on held-out rows drops
 * when one player's values are shuffled across the rows, breaking its link to the label while keeping its distribution.
 * All slots of a player move with one permutation, so a multi-field group stays consistent within a row. Each player
 * is shuffled {@code repeats} times; the 95% interval is Student's t with repeats − 1 degrees of freedom. The permuted
 * copies of several repeats are scored in one call.
 */
public final class PermutationImportance {

    private PermutationImportance() {
    }

    /**
     * @param score   the model
     * @param rows    held-out rows
     * @param labels  their 0/1 labels, both classes present
     * @param players the players to permute
     */
    public static ImportanceResult run(BatchScore score, EncodedRows rows, int[] labels, List<Player> players,
                                       PermutationSpec spec, ProgressListener progress, CancellationToken cancel) {
        if (labels.length != rows.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + rows.rows() + " rows");
        }
        if (spec.maxRows() > 0 && rows.rows() > spec.maxRows()) {
            int[] kept = Rows.sample(rows.rows(), spec.maxRows(), spec.seed());
            rows = Rows.select(rows, kept);
            int[] keptLabels = new int[kept.length];
            for (int i = 0; i < kept.length; i++) {
                keptLabels[i] = labels[kept[i]];
            }
            labels = keptLabels;
        }
        int n = rows.rows();
        int width = rows.slots();
        int repeats = spec.repeats();
        long total = (long) players.size() * repeats;
        progress.message("Scoring " + n + " rows");
        progress.progress(0, total);
        double baseline = Auc.of(score.apply(rows), labels);
        SplittableRandom rng = new SplittableRandom(spec.seed() ^ 0x9E3779B97F4A7C15L);
        int perCall = Math.max(1, Math.min(repeats, ScoringBuffer.CAPACITY / Math.max(1, n)));
        List<PlayerImportance> results = new ArrayList<>();
        long done = 0;
        for (Player player : players) {
            progress.message("Permuting " + player.name());
            double[] drops = new double[repeats];
            for (int from = 0; from < repeats; from += perCall) {
                cancel.throwIfCancelled();
                int count = Math.min(perCall, repeats - from);
                int[] indices = new int[Math.multiplyExact(count * n, width)];
                float[] values = new float[indices.length];
                for (int c = 0; c < count; c++) {
                    System.arraycopy(rows.indices(), 0, indices, c * n * width, n * width);
                    System.arraycopy(rows.values(), 0, values, c * n * width, n * width);
                    int[] order = Rows.identity(n);
                    Rows.shuffle(order, rng);
                    for (int i = 0; i < n; i++) {
                        player.copy(rows.indices(), rows.values(), order[i], indices, values, c * n + i, width);
                    }
                }
                double[] scores = score.apply(new EncodedRows(count * n, width, indices, values));
                for (int c = 0; c < count; c++) {
                    double[] part = java.util.Arrays.copyOfRange(scores, c * n, (c + 1) * n);
                    drops[from + c] = baseline - Auc.of(part, labels);
                }
                done += count;
                progress.progress(done, total);
            }
            results.add(summarise(player.name(), drops));
        }
        results.sort(Comparator.comparingDouble(PlayerImportance::meanDrop).reversed());
        return new ImportanceResult(baseline, n, repeats, results);
    }

    /** The mean drop and its 95% Student-t interval. */
    static PlayerImportance summarise(String player, double[] drops) {
        int r = drops.length;
        double mean = 0;
        for (double d : drops) {
            mean += d;
        }
        mean /= r;
        double squares = 0;
        for (double d : drops) {
            squares += (d - mean) * (d - mean);
        }
        double sd = Math.sqrt(squares / (r - 1));
        double half = TDistribution.of(r - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(r);
        return new PlayerImportance(player, mean, mean - half, mean + half, drops);
    }
}
