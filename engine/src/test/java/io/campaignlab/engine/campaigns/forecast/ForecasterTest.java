package io.campaignlab.engine.campaigns.forecast;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecasterTest {

    /**
     * Three users worked by hand: uplift {0.10, 0.05, −0.01}, P(convert | offer) {0.3, 0.2, 0.5}, order value
     * {50, 100, 80}, margin rate {0.4, 0.3, 0.5}, 0.50 a grant and {10, 20, 16} a conversion.
     * Conversions 0.10 + 0.05 − 0.01 = 0.14; revenue 5 + 5 − 0.8 = 9.2; margin 2.0 + 1.5 − 0.4 = 3.1;
     * cost (0.5 + 3) + (0.5 + 4) + (0.5 + 8) = 16.5; ROI 3.1 / 16.5 = 0.187879.
     */
    @Test
    void pointEstimatesMatchTheHandWorkedSums() {
        AudienceInputs a = new AudienceInputs(new double[]{0.10, 0.05, -0.01}, new double[]{0.3, 0.2, 0.5},
                new double[]{50, 100, 80}, new double[]{0.4, 0.3, 0.5}, 0.5, new double[]{10, 20, 16});
        CampaignForecast f = Forecaster.forecast(a, 200, 1);
        assertThat(f.reach()).isEqualTo(3);
        assertThat(f.incrementalConversions().estimate()).isCloseTo(0.14, within(1e-12));
        assertThat(f.incrementalRevenue().estimate()).isCloseTo(9.2, within(1e-12));
        assertThat(f.incrementalMargin().estimate()).isCloseTo(3.1, within(1e-12));
        assertThat(f.cost().estimate()).isCloseTo(16.5, within(1e-12));
        assertThat(f.roi().estimate()).isCloseTo(0.187879, within(1e-6));
    }

    /**
     * On 20,000 users the bootstrap distribution of a sum is nearly normal, so the percentile interval must match
     * the textbook one, Σx ± 1.959964 × √n × s (s the population-style standard deviation of the per-user values,
     * which is the bootstrap's own), to within a tenth of its half-width (the Monte Carlo error of a 2.5% quantile
     * from 2,000 replicates is about 3% of it).
     */
    @Test
    void bootstrapIntervalMatchesTheNormalIntervalOfASum() {
        int n = 20_000;
        SplittableRandom rng = new SplittableRandom(5);
        double[] uplift = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            uplift[i] = rng.nextDouble() * 0.1 - 0.01;
            p[i] = 0.05 + rng.nextDouble() * 0.2;
        }
        AudienceInputs a = AudienceInputs.coupon(uplift, p, 60, 0.4, 0.05, 0.2);
        CampaignForecast f = Forecaster.forecast(a, 2_000, 11);
        checkNormal(f.incrementalConversions(), uplift, 1.0);
        checkNormal(f.incrementalMargin(), uplift, 60 * 0.4);
        double[] cost = Arrays.stream(p).map(x -> 0.05 + x * 0.2 * 60).toArray();
        checkNormal(f.cost(), cost, 1.0);
    }

    private static void checkNormal(Interval interval, double[] values, double scale) {
        int n = values.length;
        double mean = Arrays.stream(values).average().orElseThrow();
        double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double sum = mean * n * scale;
        double half = 1.959964 * Math.sqrt(n) * Math.sqrt(ss / n) * scale;
        assertThat(interval.estimate()).isCloseTo(sum, within(1e-9 * Math.abs(sum) + 1e-9));
        assertThat(interval.ciLow()).isCloseTo(sum - half, within(0.1 * half));
        assertThat(interval.ciHigh()).isCloseTo(sum + half, within(0.1 * half));
    }

    /**
     * With identical users, resampling users changes nothing, so the interval is the spread of the refitted models
     * alone: 1,000 users, replicate models scoring everyone 0.01, 0.02, 0.03 or 0.04, 2,000 replicates (500 of each):
     * totals 10, 20, 30, 40; the type-7 2.5% quantile sits at order statistic 1 + 49.975 (a 10) and the 97.5% at
     * 1 + 1949.025 (a 40). The estimate is the bagged one, (0.01 + 0.02 + 0.03 + 0.04) / 4 × 1,000 = 25, not the point
     * model's 20.
     */
    @Test
    void refittedUpliftModelsWidenTheInterval() {
        int n = 1_000;
        double[] point = new double[n];
        Arrays.fill(point, 0.02);
        List<double[]> replicates = List.of(filled(n, 0.01), filled(n, 0.02), filled(n, 0.03), filled(n, 0.04));
        AudienceInputs a = AudienceInputs.coupon(point, filled(n, 0.1), 50, 0.5, 0, 0.1);
        CampaignForecast f = Forecaster.forecast(a, replicates, 2_000, 3);
        assertThat(f.incrementalConversions().estimate()).isCloseTo(25, within(1e-9));
        assertThat(f.incrementalConversions().ciLow()).isCloseTo(10, within(1e-9));
        assertThat(f.incrementalConversions().ciHigh()).isCloseTo(40, within(1e-9));
        assertThat(f.uncertainty()).contains("4 refitted uplift models");
        CampaignForecast usersOnly = Forecaster.forecast(a, 2_000, 3);
        assertThat(usersOnly.incrementalConversions().ciHigh() - usersOnly.incrementalConversions().ciLow())
                .isLessThan(1e-9);
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        SplittableRandom rng = new SplittableRandom(9);
        double[] uplift = rng.doubles(500, -0.02, 0.1).toArray();
        AudienceInputs a = AudienceInputs.coupon(uplift, filled(500, 0.2), 40, 0.3, 0.1, 0.2);
        assertThat(Forecaster.forecast(a, 300, 8)).isEqualTo(Forecaster.forecast(a, 300, 8));
    }

    @Test
    void inputsOutOfRangeAreRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AudienceInputs.coupon(new double[]{0.1},
                new double[]{1.5}, 10, 0.2, 0, 0.1)).hasMessageContaining("treatedProbability");
    }

    private static double[] filled(int n, double v) {
        double[] out = new double[n];
        Arrays.fill(out, v);
        return out;
    }
}
