package io.campaignlab.engine.campaigns.pricing;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogisticRegressionTest {

    @Test
    void withOneBinaryFeatureAndNoPenaltyTheFitIsTheTwoGroupsLogOdds() {
        // x = 0: 30 buyers of 100; x = 1: 60 of 80. The maximum-likelihood fit reproduces each group's rate:
        // intercept = ln(30/70) = −0.8472979, weight = ln(60/20) − ln(30/70) = 1.9459101
        double[][] x = new double[180][];
        double[] y = new double[180];
        for (int i = 0; i < 180; i++) {
            x[i] = new double[]{i < 100 ? 0 : 1};
            y[i] = i < 30 || (i >= 100 && i < 160) ? 1 : 0;
        }

        LogisticRegression fit = LogisticRegression.fit(x, y, IntStream.range(0, 180).toArray(), 0.0);

        assertThat(fit.intercept()).isCloseTo(-0.8472979, within(1e-6));
        assertThat(fit.weights()[0]).isCloseTo(1.9459101, within(1e-6));
        // mean log loss: −(30 ln .3 + 70 ln .7 + 60 ln .75 + 20 ln .25) / 180 = 0.5892958
        assertThat(fit.logLoss(x, y, IntStream.range(0, 180).toArray())).isCloseTo(0.5892958, within(1e-6));
    }

    @Test
    void aPenalisedFitMeetsItsOptimalityCondition() {
        // at the maximum of Σ log-likelihood − (λ/2)‖w‖²: Σ (y − p) = 0 and Σ (y − p) x_j = λ w_j for every j
        SplittableRandom rng = new SplittableRandom(3);
        int n = 2_000;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = rng.nextGaussian();
            }
            double z = -1 + 1.5 * x[i][0] - 0.7 * x[i][1];
            y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        double penalty = 25;
        int[] rows = IntStream.range(0, n).toArray();

        LogisticRegression fit = LogisticRegression.fit(x, y, rows, penalty);

        double intercept = 0;
        double[] gradient = new double[3];
        for (int i = 0; i < n; i++) {
            double residual = y[i] - fit.probability(x[i]);
            intercept += residual;
            for (int j = 0; j < 3; j++) {
                gradient[j] += residual * x[i][j];
            }
        }
        assertThat(intercept).isCloseTo(0, within(1e-6));
        for (int j = 0; j < 3; j++) {
            assertThat(gradient[j]).isCloseTo(penalty * fit.weights()[j], within(1e-6));
        }
        // and the penalty shrinks: the unpenalised first weight is larger
        assertThat(LogisticRegression.fit(x, y, rows, 0).weights()[0]).isGreaterThan(fit.weights()[0]);
    }

    @Test
    void separableDataStaysFiniteUnderAPenalty() {
        double[][] x = {{-1}, {-2}, {1}, {2}};
        double[] y = {0, 0, 1, 1};

        LogisticRegression fit = LogisticRegression.fit(x, y, new int[]{0, 1, 2, 3}, 1.0);

        assertThat(fit.weights()[0]).isPositive().isLessThan(10);
        assertThatThrownBy(() -> LogisticRegression.fit(x, y, new int[0], 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
