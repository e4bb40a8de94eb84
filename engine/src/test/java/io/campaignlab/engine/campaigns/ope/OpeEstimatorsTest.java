package io.campaignlab.engine.campaigns.ope;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/**
 * The three estimators on four units worked by hand. Two arms A (0) and B (1):
 * <pre>
 * unit  logged  p     r   π(A)  π(B)  q̂(A)  q̂(B)   w = π(logged)/p
 *  1    A       0.5   1   1     0     0.6   0.2    1/0.5  = 2
 *  2    B       0.5   0   1     0     0.5   0.3    0/0.5  = 0
 *  3    A       0.25  0   1     0     0.4   0.1    1/0.25 = 4
 *  4    B       0.75  1   0.5   0.5   0.2   0.6    0.5/0.75 = 2/3
 * </pre>
 */
class OpeEstimatorsTest {

    static final double Z = 1.959963984540054;

    static final LoggedBandit LOG = new LoggedBandit(List.of("A", "B"), new int[] {0, 1, 0, 1},
            new double[] {0.5, 0.5, 0.25, 0.75}, new double[] {1, 0, 0, 1});
    static final double[][] PI = {{1, 0}, {1, 0}, {1, 0}, {0.5, 0.5}};
    static final double[][] Q = {{0.6, 0.2}, {0.5, 0.3}, {0.4, 0.1}, {0.2, 0.6}};

    @Test
    void ipsIsTheMeanOfWeightedRewardsWithTheCltInterval() {
        // terms w·r: 2, 0, 0, 2/3; mean (8/3)/4 = 2/3
        // deviations 4/3, −2/3, −2/3, 0; squares sum 16/9 + 4/9 + 4/9 = 8/3; variance (n − 1) = 8/9
        // se = √(8/9 / 4) = √(2/9) = 0.4714045; interval 2/3 ± 1.959964 × 0.4714045 = [−0.2572692, 1.5906025]
        OffPolicyEstimate ips = OpeEstimators.ips(LOG, PI);
        assertThat(ips.estimate()).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(ips.standardError()).isCloseTo(Math.sqrt(2.0 / 9), offset(1e-12));
        assertThat(ips.ciLow()).isCloseTo(-0.2572692, offset(1e-7));
        assertThat(ips.ciHigh()).isCloseTo(1.5906025, offset(1e-7));
    }

    @Test
    void snipsIsTheWeightedMeanWithTheDeltaMethodInterval() {
        // Σw = 2 + 0 + 4 + 2/3 = 20/3; Σ w r = 2 + 2/3 = 8/3; SNIPS = 8/20 = 0.4
        // w (r − 0.4): 1.2, 0, −1.6, 0.4; squares sum 1.44 + 2.56 + 0.16 = 4.16
        // w̄ = 5/3; se = √(4.16 / (4 × 3)) / (5/3) = 0.5887841 × 0.6 = 0.3532704
        // interval 0.4 ± 1.959964 × 0.3532704 = [−0.2923973, 1.0923973]
        OffPolicyEstimate snips = OpeEstimators.snips(LOG, PI);
        assertThat(snips.estimate()).isCloseTo(0.4, offset(1e-12));
        assertThat(snips.standardError()).isCloseTo(0.3532704, offset(1e-7));
        assertThat(snips.ciLow()).isCloseTo(-0.2923973, offset(1e-7));
        assertThat(snips.ciHigh()).isCloseTo(1.0923973, offset(1e-7));
    }

    @Test
    void doublyRobustAddsTheWeightedResidualToTheDirectMethod() {
        // direct Σ_a π q̂: 0.6, 0.5, 0.4, 0.5×0.2 + 0.5×0.6 = 0.4  (mean 1.9/4 = 0.475, the direct method)
        // w (r − q̂(logged)): 2 × 0.4 = 0.8, 0, 4 × (−0.4) = −1.6, 2/3 × 0.4 = 0.2666667
        // terms: 1.4, 0.5, −1.2, 0.6666667; mean 1.3666667/4 = 0.3416667
        // deviations 1.0583333, 0.1583333, −1.5416667, 0.3250000; squares sum 1.1200694 + 0.0250694 + 2.3767361
        //   + 0.1056250 = 3.6275000; variance 1.2091667; se = √(1.2091667/4) = 0.5498106
        // interval 0.3416667 ± 1.959964 × 0.5498106 = [−0.7359423, 1.4192756]
        OffPolicyEstimate dr = OpeEstimators.doublyRobust(LOG, PI, Q);
        assertThat(dr.estimate()).isCloseTo(0.3416667, offset(1e-7));
        assertThat(dr.standardError()).isCloseTo(0.5498106, offset(1e-7));
        assertThat(dr.ciLow()).isCloseTo(-0.7359423, offset(1e-7));
        assertThat(dr.ciHigh()).isCloseTo(1.4192756, offset(1e-7));
        assertThat(OpeEstimators.directMethod(PI, Q)).isCloseTo(0.475, offset(1e-12));
    }

    @Test
    void effectiveSampleSizeIsKishs() {
        // (Σw)² / Σw² = (20/3)² / (4 + 0 + 16 + 4/9) = (400/9) / (184/9) = 400/184 = 2.1739130
        assertThat(OpeEstimators.effectiveSampleSize(LOG, PI)).isCloseTo(400.0 / 184, offset(1e-12));
    }

    @Test
    void aPerfectOutcomeModelLeavesDrWithTheDirectMethodsValue() {
        // q̂ equal to the observed reward of the logged arm zeroes every residual: DR = direct method
        double[][] exact = {{1, 0.2}, {0.5, 0}, {0, 0.1}, {0.2, 1}};
        // direct: 1, 0.5, 0, 0.5 × 0.2 + 0.5 × 1 = 0.6; mean 2.1/4 = 0.525
        assertThat(OpeEstimators.doublyRobust(LOG, PI, exact).estimate()).isCloseTo(0.525, offset(1e-12));
    }

    @Test
    void aPolicyThatNeverAgreesWithTheLogHasNoSnips() {
        double[][] never = {{0, 1}, {1, 0}, {0, 1}, {1, 0}};
        assertThatThrownBy(() -> OpeEstimators.snips(LOG, never)).hasMessageContaining("never chooses");
    }

    @Test
    void aPropensityOutsideTheUnitIntervalIsRefused() {
        assertThatThrownBy(() -> new LoggedBandit(List.of("A", "B"), new int[] {0, 1}, new double[] {0.5, 0},
                new double[] {1, 0})).hasMessageContaining("unit 1 has propensity 0.0");
    }
}
