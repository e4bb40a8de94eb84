package io.campaignlab.engine.uplift;

import ai.djl.Device;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.simulate.SimulatedExperiment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's coupon test with its planted per-unit uplift (price sensitivity, loyalty and lapsed customers,
 * seen through age, region, device, order history, recency and visits): the T-learner's ranking beats random on
 * held-out units and correlates with the planted uplift. The ranking by the planted uplift itself is printed as the
 * ceiling on the same units.
 */
class SimulatedUpliftTest {

    @Test
    void tLearnerFindsThePersuadable() {
        SimulatedExperiment e = SimulatedExperiment.draw(60_000, 21);
        int[] rows = IntStream.range(0, e.groups().length)
                .filter(i -> e.groups()[i].equals("coupon_20") || e.groups()[i].equals("control")).toArray();
        Frame frame = e.features().select(rows);
        float[] y = new float[rows.length];
        boolean[] treated = new boolean[rows.length];
        double[] truth = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = (float) e.converted()[rows[i]];
            treated[i] = e.groups()[rows[i]].equals("coupon_20");
            truth[i] = e.upliftCoupon20()[rows[i]];
        }
        FeatureSpec features = new FeatureSpec(List.of(FieldSpec.categorical("age_band"),
                FieldSpec.categorical("region"), FieldSpec.categorical("device"),
                FieldSpec.numeric("history_spend", NumericTransform.LOG1P),
                FieldSpec.numeric("history_orders", NumericTransform.QUANTILE_BUCKETS),
                FieldSpec.numeric("recency_days", NumericTransform.QUANTILE_BUCKETS),
                FieldSpec.numeric("visits", NumericTransform.QUANTILE_BUCKETS)), null);
        UpliftSpec spec = new UpliftSpec("campaign_exposures", "group", "coupon_20", "control", "converted", List.of(),
                MetaLearner.T, BaseLearner.LR, 0.3, 42, "true_uplift_coupon_20", "cpu");
        UpliftAnalysis.Fitted fitted = UpliftAnalysis.run(spec, frame, features, y, treated, truth, Device.cpu(),
                ProgressListener.none(), new CancellationToken());
        int[] test = fitted.split().test();
        double[] t = new double[test.length];
        double[] yt = new double[test.length];
        boolean[] wt = new boolean[test.length];
        for (int i = 0; i < test.length; i++) {
            t[i] = truth[test[i]];
            yt[i] = y[test[i]];
            wt[i] = treated[test[i]];
        }
        double ceiling = UpliftCurves.qiniCoefficient(t, yt, wt);
        System.out.printf("simulator coupon_20 vs control (%d held-out units), T-learner/LR: qini %.4f (ranking by"
                        + " the planted uplift %.4f), auuc %.4f, uplift@30 %.4f, correlation with the planted uplift"
                        + " %.3f%n", test.length, fitted.result().qini(), ceiling, fitted.result().auuc(),
                fitted.result().upliftAt30(), fitted.result().truthCorrelation());
        assertThat(fitted.result().qini()).isGreaterThan(0);
        assertThat(fitted.result().truthCorrelation()).isGreaterThan(0.3);
    }
}
