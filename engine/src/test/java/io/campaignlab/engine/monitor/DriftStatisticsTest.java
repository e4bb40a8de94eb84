package io.campaignlab.engine.monitor;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DriftStatisticsTest {

    @Test
    void psiOfAHandWorkedFixture() {
        // reference 1..10, 2 bins: the edge is the 5th smallest value, 5; shares 0.5 / 0.5.
        // current {1, 2, 6, 7, 8, 9, 10, 10}: 2 of 8 at or below 5 → shares 0.25 / 0.75.
        // PSI = (0.25 − 0.5)·ln(0.25/0.5) + (0.75 − 0.5)·ln(0.75/0.5) = 0.25·ln 2 + 0.25·ln 1.5
        double[] reference = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] current = {1, 2, 6, 7, 8, 9, 10, 10};
        PopulationStabilityIndex.Result psi = PopulationStabilityIndex.of(reference, current, 2);
        assertThat(psi.edges()).containsExactly(5);
        assertThat(psi.referenceShare()).containsExactly(0.5, 0.5);
        assertThat(psi.currentShare()).containsExactly(0.25, 0.75);
        assertThat(psi.value()).isCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), within(1e-12));
    }

    @Test
    void psiIsZeroForTheSameSampleAndFiniteForAnEmptyBin() {
        double[] reference = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(PopulationStabilityIndex.of(reference, reference).value()).isZero();
        // everything above the reference: the lower bin is empty and takes the 1e-4 floor
        double psi = PopulationStabilityIndex.of(reference, new double[]{20, 30}, 2).value();
        double expected = (1e-4 - 0.5) * Math.log(1e-4 / 0.5) + (1 - 0.5) * Math.log(1 / 0.5);
        assertThat(psi).isCloseTo(expected, within(1e-12));
    }

    @Test
    void jensenShannonDistanceOfKnownPairs() {
        assertThat(Distances.jensenShannon(new double[]{1, 0}, new double[]{0, 1})).isCloseTo(Math.sqrt(Math.log(2)),
                within(1e-12));
        assertThat(Distances.jensenShannon(new double[]{3, 1}, new double[]{6, 2})).isCloseTo(0, within(1e-12));
        // p = (1/2, 1/2), q = (1, 0): m = (3/4, 1/4); JS = ½[½ ln(2/3) + ½ ln 2] + ½[ln(4/3)]
        double js = 0.5 * (0.5 * Math.log(0.5 / 0.75) + 0.5 * Math.log(0.5 / 0.25)) + 0.5 * Math.log(1 / 0.75);
        assertThat(Distances.jensenShannon(new double[]{1, 1}, new double[]{1, 0})).isCloseTo(Math.sqrt(js),
                within(1e-12));
    }

    @Test
    void wassersteinIsTheAreaBetweenTheCdfs() {
        // {0, 1} against {1, 2}: every unit of mass moves by 1
        assertThat(Distances.wasserstein(new double[]{0, 1}, new double[]{1, 2})).isCloseTo(1, within(1e-12));
        // {0} against {0, 4}: half the mass moves 4
        assertThat(Distances.wasserstein(new double[]{0}, new double[]{0, 4})).isCloseTo(2, within(1e-12));
        // normed by the reference's population sd: sd({0, 1}) = 0.5
        assertThat(Distances.normedWasserstein(new double[]{0, 1}, new double[]{1, 2})).isCloseTo(2, within(1e-12));
    }

    @Test
    void ksStatisticOfAHandWorkedFixture() {
        // a = 1..7, b = 3..9: F_a(x) − F_b(x) = 2/7 for every x from 2 to 8, and less elsewhere → D = 2/7
        double[] a = {1, 2, 3, 4, 5, 6, 7};
        double[] b = {3, 4, 5, 6, 7, 8, 9};
        DriftResult result = DriftTests.numeric("x", a, b);
        assertThat(result.method()).isEqualTo("ks");
        assertThat(result.statistic()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(result.pValue()).isBetween(0.0, 1.0);
    }

    @Test
    void chiSquareComparesCurrentCountsWithTheReferenceShares() {
        // reference 50/50 over two categories, current 30/70
        String[] reference = repeat("a", 50, "b", 50, "c", 0);
        String[] current = repeat("a", 30, "b", 70, "c", 0);
        DriftResult result = DriftTests.categorical("x", reference, current);
        assertThat(result.method()).isEqualTo("chi_square");
        // expected 50/50 of 100: (30 − 50)²/50 + (70 − 50)²/50 = 16
        assertThat(result.statistic()).isCloseTo(16, within(1e-9));
        // one degree of freedom: P(χ²₁ ≥ 16) = erfc(√8) ≈ 6.334e-5
        assertThat(result.pValue()).isCloseTo(6.334248e-5, within(1e-9));
        assertThat(result.drifted()).isTrue();
    }

    @Test
    void largeSamplesAreJudgedByDistanceNotByPValue() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] reference = new double[50_000];
        double[] slightly = new double[50_000];
        double[] shifted = new double[50_000];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = rng.nextGaussian();
            slightly[i] = rng.nextGaussian() + 0.03;
            shifted[i] = rng.nextGaussian() + 0.5;
        }
        DriftResult small = DriftTests.numeric("x", reference, slightly);
        DriftResult large = DriftTests.numeric("x", reference, shifted);
        // a 0.03 sd shift would be "significant" at this size; its normed Wasserstein distance is about 0.03
        assertThat(small.method()).isEqualTo("wasserstein_normed");
        assertThat(small.statistic()).isCloseTo(0.03, within(0.01));
        assertThat(small.drifted()).isFalse();
        assertThat(large.statistic()).isCloseTo(0.5, within(0.02));
        assertThat(large.drifted()).isTrue();
        assertThat(large.psi()).isGreaterThan(small.psi());
    }

    private static String[] repeat(String a, int na, String b, int nb, String c, int nc) {
        String[] out = new String[na + nb + nc];
        for (int i = 0; i < out.length; i++) {
            out[i] = i < na ? a : i < na + nb ? b : c;
        }
        return out;
    }
}
