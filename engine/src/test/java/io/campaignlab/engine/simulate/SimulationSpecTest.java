package io.campaignlab.engine.simulate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationSpecTest {

    @Test
    void defaultsAreFiftyThousandUsersOverThirtyDaysWithSeed42() {
        SimulationSpec spec = SimulationSpec.defaults();

        assertThat(spec.users()).isEqualTo(50_000);
        assertThat(spec.days()).isEqualTo(30);
        assertThat(spec.seed()).isEqualTo(42);
        assertThat(spec.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(spec.impressionsPerUser()).isEqualTo(8.0);
    }

    @Test
    void builderSetsEveryField() {
        SimulationSpec spec = SimulationSpec.builder().setUsers(1_000).setDays(3).setSeed(-5)
                .optStart(LocalDate.of(2025, 6, 1)).optImpressionsPerUser(2.5).build();

        assertThat(spec).isEqualTo(new SimulationSpec(1_000, 3, -5, LocalDate.of(2025, 6, 1), 2.5));
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertThatThrownBy(() -> SimulationSpec.builder().setUsers(9).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users");
        assertThatThrownBy(() -> SimulationSpec.builder().setDays(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
        assertThatThrownBy(() -> SimulationSpec.builder().optImpressionsPerUser(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("impressionsPerUser");
        assertThatThrownBy(() -> SimulationSpec.builder().optImpressionsPerUser(Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulationSpec.builder().optStart(null).build())
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theSmallestSpecIsAccepted() {
        assertThat(SimulationSpec.builder().setUsers(10).setDays(1).build().users()).isEqualTo(10);
    }
}
