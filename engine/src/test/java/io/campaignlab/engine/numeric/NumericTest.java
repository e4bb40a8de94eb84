package io.campaignlab.engine.numeric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NumericTest {

    @Test
    void choleskySolvesAKnownSystemReadingOnlyTheLowerTriangle() {
        // H = [[4, 2, 0], [2, 5, 1], [0, 1, 3]], x = (1, −1, 2): H x = (4 − 2, 2 − 5 + 2, −1 + 6) = (2, −1, 5).
        // The upper triangle holds junk, which must not be read.
        double[][] h = {{4, 99, 99}, {2, 5, 99}, {0, 1, 3}};
        double[] x = Cholesky.solve(h, new double[]{2, -1, 5});
        assertThat(x[0]).isCloseTo(1, within(1e-12));
        assertThat(x[1]).isCloseTo(-1, within(1e-12));
        assertThat(x[2]).isCloseTo(2, within(1e-12));
        assertThat(h[0][1]).isEqualTo(99);
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsNamed() {
        // [[1, 2], [2, 1]] has eigenvalues 3 and −1; the second pivot is 1 − 4 = −3.
        assertThatThrownBy(() -> Cholesky.solve(new double[][]{{1, 0}, {2, 1}}, new double[]{1, 1}))
                .hasMessageContaining("column 1");
    }

    @Test
    void theLogisticPiecesMatchTheirTextbookValuesWithoutOverflow() {
        assertThat(Logistic.sigmoid(0)).isEqualTo(0.5);
        // 1 / (1 + e^−2) = 0.8807970779778823
        assertThat(Logistic.sigmoid(2)).isCloseTo(0.8807970779778823, within(1e-15));
        assertThat(Logistic.sigmoid(-800)).isZero();
        assertThat(Logistic.sigmoid(800)).isEqualTo(1.0);
        // y = 1, η = 2: ln σ(2) = −0.12692801104297263; y = 0: ln(1 − σ(2)) = −2.1269280110429727
        assertThat(Logistic.logLikelihood(1, 2)).isCloseTo(-0.12692801104297263, within(1e-14));
        assertThat(Logistic.logLikelihood(0, 2)).isCloseTo(-2.1269280110429727, within(1e-14));
        assertThat(Logistic.logLikelihood(1, 800)).isCloseTo(0, within(1e-300));
        assertThat(Logistic.logLikelihood(0, 800)).isCloseTo(-800, within(1e-9));
    }
}
