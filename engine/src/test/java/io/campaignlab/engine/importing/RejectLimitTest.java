package io.campaignlab.engine.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RejectLimitTest {

    private final RejectLimit byDefault = new RejectLimit(-1);

    @Test
    void theDefaultIsOnePercentWithAFloorOfAHundredRowsButNeverMostOfTheFile() {
        assertThat(byDefault.allowed(1)).isZero();
        assertThat(byDefault.allowed(4)).isEqualTo(2);
        assertThat(byDefault.allowed(12)).isEqualTo(6);
        assertThat(byDefault.allowed(200)).isEqualTo(100);
        assertThat(byDefault.allowed(10_000)).isEqualTo(100);
        assertThat(byDefault.allowed(50_000)).isEqualTo(500);
        assertThat(byDefault.exceeded(2, 4)).isFalse();
        assertThat(byDefault.exceeded(3, 4)).isTrue();
    }

    @Test
    void aGivenLimitIsTakenAsItIs() {
        RejectLimit given = new RejectLimit(0);

        assertThat(given.isDefault()).isFalse();
        assertThat(given.allowed(1_000_000)).isZero();
        assertThat(given.exceeded(1, 1_000_000)).isTrue();
        assertThat(new RejectLimit(5).exceeded(5, 6)).isFalse();
    }
}
