package io.campaignlab.engine.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogLossTest {

    private static final double LN_2 = 0.6931471805599453;

    @Test
    void oneHalfEverywhereCostsLnTwo() {
        assertThat(LogLoss.of(new double[] {0.5, 0.5, 0.5}, new int[] {1, 0, 1})).isCloseTo(LN_2, within(1e-15));
    }

    @Test
    void closedFormOnTwoRows() {
        // -(ln 0.9 + ln 0.8) / 2 = (0.1053605156578263 + 0.2231435513142098) / 2
        assertThat(LogLoss.of(new double[] {0.9, 0.2}, new int[] {1, 0}))
                .isCloseTo(0.16425203348601805, within(1e-14));
    }

    @Test
    void perfectConfidentPredictionsCostAlmostNothing() {
        assertThat(LogLoss.of(new double[] {1.0, 0.0}, new int[] {1, 0})).isBetween(0.0, 1e-14);
    }

    @Test
    void clipsZeroAndOneInsteadOfReturningInfinity() {
        double fifteenLnTen = 34.538776394910684; // -ln(1e-15)
        assertThat(LogLoss.of(new double[] {0.0}, new int[] {1})).isCloseTo(fifteenLnTen, within(1e-9));
        // 1 - 1e-15 is not exact in binary, so 1 - p is 9.99e-16 rather than 1e-15: close, not identical
        assertThat(LogLoss.of(new double[] {1.0}, new int[] {0})).isCloseTo(fifteenLnTen, within(1e-2));
        assertThat(LogLoss.of(new double[] {0.0, 0.5}, new int[] {1, 1}))
                .isCloseTo((fifteenLnTen + LN_2) / 2, within(1e-9));
    }

    @Test
    void rejectsNaNWithAClearMessage() {
        assertThatThrownBy(() -> LogLoss.of(new double[] {0.2, Double.NaN}, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores[1] is NaN");
    }

    @Test
    void rejectsScoresThatAreNotProbabilities() {
        assertThatThrownBy(() -> LogLoss.of(new double[] {1.5}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> LogLoss.of(new double[] {-0.1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
    }

    @Test
    void oneClassIsFine() {
        assertThat(LogLoss.of(new double[] {0.5, 0.5}, new int[] {0, 0})).isCloseTo(LN_2, within(1e-15));
    }
}
