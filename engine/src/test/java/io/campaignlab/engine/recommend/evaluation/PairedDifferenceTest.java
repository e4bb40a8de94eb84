package io.campaignlab.engine.recommend.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PairedDifferenceTest {

    @Test
    void meanAndStandardErrorOfTheDifferencesWorkedByHand() {
        // differences 1, 2, 3: mean 2, sample variance ((1 + 0 + 1) / 2) = 1, standard error 1 / √3
        PairedDifference d = PairedDifference.of(new double[]{3, 5, 10}, new double[]{2, 3, 7});
        assertThat(d.mean()).isEqualTo(2.0, within(1e-12));
        assertThat(d.standardError()).isEqualTo(1 / Math.sqrt(3), within(1e-12));
        assertThat(d.z()).isEqualTo(2 * Math.sqrt(3), within(1e-12));
    }

    @Test
    void unpairedInputIsRefused() {
        assertThatThrownBy(() -> PairedDifference.of(new double[]{1, 2}, new double[]{1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
