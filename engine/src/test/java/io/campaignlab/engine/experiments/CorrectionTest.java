package io.campaignlab.engine.experiments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Against R's p.adjust(c(0.01, 0.04, 0.03, 0.005), method). */
class CorrectionTest {

    static final double[] P = {0.01, 0.04, 0.03, 0.005};

    @Test
    void holm() {
        assertThat(Correction.HOLM.adjust(P)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, offset(1e-12));
    }

    @Test
    void benjaminiHochberg() {
        assertThat(Correction.BH.adjust(P)).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, offset(1e-12));
    }

    @Test
    void missingPValuesAreNotCountedAsTests() {
        double[] out = Correction.HOLM.adjust(new double[] {0.01, Double.NaN, 0.02});
        assertThat(out[0]).isCloseTo(0.02, offset(1e-12));
        assertThat(out[1]).isNaN();
        assertThat(out[2]).isCloseTo(0.02, offset(1e-12));
    }
}
