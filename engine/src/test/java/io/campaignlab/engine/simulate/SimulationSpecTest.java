package io.campaignlab.engine.simulate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;

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

    @Test
    void noDriftByDefaultAndADriftStartWithinTheWindow() {
        assertThat(SimulationSpec.defaults().drift()).isNull();
        assertThat(SimulationSpec.defaults().driftStart()).isNull();

        SimulationSpec spec = SimulationSpec.builder().setDays(14).optDrift(DriftSpec.after(7)).build();

        assertThat(spec.driftStart()).isEqualTo(LocalDateTime.of(2026, 1, 8, 0, 0));
        assertThat(spec.drift().shifts()).containsExactlyInAnyOrder(DriftSpec.Shift.DEVICE, DriftSpec.Shift.PRICE);
        assertThat(spec.drift().toMobile()).isEqualTo(0.5);
        assertThat(spec.drift().priceFactor()).isEqualTo(1.3);
        assertThatThrownBy(() -> SimulationSpec.builder().setDays(7).optDrift(DriftSpec.after(7)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("drift must start within the window: after 7 days, but the window has 7 days");
    }

    @Test
    void driftRejectsValuesOutOfRangeWithClearMessages() {
        assertThatThrownBy(() -> DriftSpec.after(0)).hasMessageContaining("after at least 1 day");
        assertThatThrownBy(() -> DriftSpec.after(3).withShifts(EnumSet.noneOf(DriftSpec.Shift.class)))
                .hasMessageContaining("at least one shift");
        assertThatThrownBy(() -> DriftSpec.after(3).withToMobile(0)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> DriftSpec.after(3).withToMobile(1.5)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> DriftSpec.after(3).withPriceFactor(-1)).hasMessageContaining("positive");
        assertThatThrownBy(() -> DriftSpec.after(3).withPriceFactor(1.0)).hasMessageContaining("other than 1");
        assertThatThrownBy(() -> DriftSpec.after(3).withCategoryPriceFactors(Map.of("toys", 2.0)))
                .hasMessageContaining("unknown category 'toys'").hasMessageContaining("laptops");
        assertThatThrownBy(() -> DriftSpec.Shift.of("colour")).hasMessage("unknown drift 'colour'; choose from"
                + " device, price");
        // a price factor of 1 is fine when prices do not drift, or when a category still changes
        assertThat(DriftSpec.after(3).withShifts(EnumSet.of(DriftSpec.Shift.DEVICE)).withPriceFactor(1.0)
                .priceFactor("shoes")).isEqualTo(1.0);
        DriftSpec shoesOnly = new DriftSpec(3, EnumSet.of(DriftSpec.Shift.PRICE), 0.5, 1.0, Map.of("Shoes", 1.5));
        assertThat(shoesOnly.priceFactor("shoes")).isEqualTo(1.5);
        assertThat(shoesOnly.priceFactor("laptops")).isEqualTo(1.0);
    }

    @Test
    void driftDescribesItselfCanonically() {
        DriftSpec drift = DriftSpec.after(7).withCategoryPriceFactors(Map.of("laptops", 0.8, "apparel", 2.0));

        assertThat(drift.describe()).isEqualTo("after=7;device(toMobile=0.5);price(x1.3,apparel=2,laptops=0.8)");
        assertThat(DriftSpec.after(2).withShifts(EnumSet.of(DriftSpec.Shift.DEVICE)).describe())
                .isEqualTo("after=2;device(toMobile=0.5)");
    }
}
