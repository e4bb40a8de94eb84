package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains an audience: the mean Shapley value of each player over (a sample of) the audience's rows, next to its mean
 * over a sample of the population, both against the same background. Both samples are explained in one batch.
 * Use a {@link FieldShapley} with cheap per-row settings ({@link ShapleySpec#forAudiences()}); the averaging over rows
 * does the rest.
 */
public final class AudienceExplanation {

    /** Audience and population rows explained by default, each. */
    public static final int DEFAULT_SAMPLE_ROWS = 200;

    private AudienceExplanation() {
    }

    /**
     * @param rows       encoded rows holding both the audience and the population
     * @param audience   the audience's row positions in {@code rows}
     * @param population the population's positions, or null for every row
     * @param sampleRows at most this many rows of each are explained (seeded random samples)
     */
    public static AudienceComparison compare(FieldShapley shapley, EncodedRows rows, int[] audience,
                                             int[] population, int sampleRows, long seed, ProgressListener progress,
                                             CancellationToken cancel) {
        if (audience.length == 0) {
            throw new IllegalArgumentException("the audience has no rows");
        }
        int[] audienceSample = Rows.sample(audience, sampleRows, seed);
        int[] populationSample = population == null ? Rows.sample(rows.rows(), sampleRows, seed + 1)
                : Rows.sample(population, sampleRows, seed + 1);
        if (populationSample.length == 0) {
            throw new IllegalArgumentException("the population has no rows");
        }
        int[] both = new int[audienceSample.length + populationSample.length];
        System.arraycopy(audienceSample, 0, both, 0, audienceSample.length);
        System.arraycopy(populationSample, 0, both, audienceSample.length, populationSample.length);
        List<ShapleyExplanation> explained = shapley.explainRows(rows, both, progress, cancel);
        Map<String, double[]> sums = new HashMap<>();
        double[] predictions = new double[2];
        for (int i = 0; i < explained.size(); i++) {
            int side = i < audienceSample.length ? 0 : 1;
            ShapleyExplanation e = explained.get(i);
            predictions[side] += e.prediction();
            for (Attribution a : e.attributions()) {
                sums.computeIfAbsent(a.player(), k -> new double[2])[side] += a.value();
            }
        }
        List<AudienceAttribution> attributions = new ArrayList<>();
        for (Player player : shapley.players()) {
            double[] sum = sums.get(player.name());
            double a = sum[0] / audienceSample.length;
            double p = sum[1] / populationSample.length;
            attributions.add(new AudienceAttribution(player.name(), a, p, a - p));
        }
        attributions.sort(Comparator.comparingDouble((AudienceAttribution x) -> Math.abs(x.difference())).reversed());
        return new AudienceComparison(audience.length, audienceSample.length, populationSample.length,
                predictions[0] / audienceSample.length, predictions[1] / populationSample.length, attributions);
    }
}
