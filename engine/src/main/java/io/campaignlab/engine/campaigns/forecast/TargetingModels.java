package io.campaignlab.engine.campaigns.forecast;

import ai.djl.Device;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.ProbabilityFit;
import io.campaignlab.engine.uplift.BaseLearner;
import io.campaignlab.engine.uplift.MetaLearner;
import io.campaignlab.engine.uplift.UpliftFitter;
import io.campaignlab.engine.uplift.UpliftSplit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Fits the three scoring models of the targeting comparison on the training users of a {@link SimulatedAudience},
 * all logistic regressions on the CPU, each with a fifth of the training users kept for early stopping:
 * <ul>
 *   <li>uplift: the engine's T-learner ({@link UpliftFitter}) of converted, the coupon arm against control;</li>
 *   <li>pCVR: a response model of converted on the coupon arm's users, P(convert | offered the coupon);</li>
 *   <li>pCTR: a click model of {@code clicked} on the training users' impressions (placement, position, device, age
 *       band, region, category, discount, hour); a user's pCTR is its mean prediction over the user's
 *       impressions.</li>
 * </ul>
 * The user models see age band, region, device, history spend (log), history orders, recency and visits (quantile
 * buckets), as the uplift section's simulator check does.
 */
final class TargetingModels {

    static final FeatureSpec USER_FEATURES = new FeatureSpec(List.of(FieldSpec.categorical("age_band"),
            FieldSpec.categorical("region"), FieldSpec.categorical("device"),
            FieldSpec.numeric("history_spend", NumericTransform.LOG1P),
            FieldSpec.numeric("history_orders", NumericTransform.QUANTILE_BUCKETS),
            FieldSpec.numeric("recency_days", NumericTransform.QUANTILE_BUCKETS),
            FieldSpec.numeric("visits", NumericTransform.QUANTILE_BUCKETS)), null);
    static final FeatureSpec IMPRESSION_FEATURES = new FeatureSpec(List.of("placement", "position", "device",
            "age_band", "region", "category", "discount_pct", "hour").stream().map(FieldSpec::categorical).toList(),
            null);
    private static final double VALIDATION_SHARE = 0.2;
    private static final int CTR_BATCH = 1_024;

    private final SimulatedAudience audience;
    private final String arm;
    private final long seed;
    private final CancellationToken cancel;

    TargetingModels(SimulatedAudience audience, String arm, long seed, CancellationToken cancel) {
        this.audience = audience;
        this.arm = arm;
        this.seed = seed;
        this.cancel = cancel;
    }

    /**
     * @param training         whether each user is a training user
     * @param modelReplicates  uplift refits on bootstrap resamples of the training users, for the forecast's model
     *                         uncertainty (0 for none)
     */
    TargetingScores fit(boolean[] training, int modelReplicates) {
        int n = audience.size();
        boolean[] validation = validationOf(training);
        boolean[] treated = new boolean[n];
        for (int i = 0; i < n; i++) {
            treated[i] = audience.groups()[i].equals(arm);
        }
        int[] fit = rows(n, i -> training[i] && !validation[i]);
        int[] early = rows(n, i -> validation[i]);
        double[] uplift = uplift(fit, early, treated, seed);
        List<double[]> replicates = new ArrayList<>();
        SplittableRandom resample = new SplittableRandom(seed ^ 0x5EEDL);
        for (int r = 0; r < modelReplicates; r++) {
            int[] drawn = new int[fit.length];
            for (int k = 0; k < drawn.length; k++) {
                drawn[k] = fit[resample.nextInt(fit.length)];
            }
            Arrays.sort(drawn);
            replicates.add(uplift(drawn, early, treated, seed + 100 + r));
        }
        double[] pcvr = ProbabilityFit.fit(audience.users(), audience.converted(),
                IntStream.of(fit).filter(i -> treated[i]).toArray(),
                IntStream.of(early).filter(i -> treated[i]).toArray(), USER_FEATURES, ModelKind.LR,
                BaseLearner.LR.params(), seed + 10, Device.cpu(), cancel).predict(audience.users());
        return new TargetingScores(pctr(training, validation), pcvr, uplift, replicates);
    }

    private double[] uplift(int[] fit, int[] early, boolean[] treated, long fitSeed) {
        String[] groups = audience.groups();
        int[] train = IntStream.of(fit).filter(i -> treated[i] || groups[i].equals("control")).toArray();
        int[] val = IntStream.of(early).filter(i -> treated[i] || groups[i].equals("control")).toArray();
        UpliftFitter fitter = new UpliftFitter(audience.users(), USER_FEATURES, BaseLearner.LR, fitSeed,
                Device.cpu(), ProgressListener.none(), cancel);
        return fitter.fit(MetaLearner.T, audience.converted(), treated, new UpliftSplit(train, val, new int[0]));
    }

    private double[] pctr(boolean[] training, boolean[] validation) {
        int[] owner = audience.impressionUser();
        int m = owner.length;
        int[] fit = rows(m, r -> training[owner[r]] && !validation[owner[r]]);
        int[] early = rows(m, r -> validation[owner[r]]);
        Hyperparameters params = BaseLearner.LR.params().withBatchSize(CTR_BATCH);
        Frame impressions = audience.impressions();
        double[] p = ProbabilityFit.fit(impressions, audience.clicked(), fit, early, IMPRESSION_FEATURES,
                ModelKind.LR, params, seed + 20, Device.cpu(), cancel).predict(impressions);
        double[] sum = new double[audience.size()];
        int[] count = new int[audience.size()];
        double total = 0;
        for (int r = 0; r < m; r++) {
            sum[owner[r]] += p[r];
            count[owner[r]]++;
            total += p[r];
        }
        double mean = m == 0 ? 0 : total / m;
        for (int i = 0; i < sum.length; i++) {
            sum[i] = count[i] == 0 ? mean : sum[i] / count[i];
        }
        return sum;
    }

    private boolean[] validationOf(boolean[] training) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x7A11DL);
        boolean[] out = new boolean[training.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = training[i] && rng.nextDouble() < VALIDATION_SHARE;
        }
        return out;
    }

    private static int[] rows(int n, IntPredicate keep) {
        return IntStream.range(0, n).filter(keep).toArray();
    }
}
