package io.campaignlab.views.experiments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner against independently computed sizes: 10% → 11% at α 0.05 two-sided and 80% power needs 14,751 units
 * per arm (the pooled-variance formula without continuity correction, as G*Power and Evan Miller's calculator give);
 * the numbers below were worked out with Python's statistics.NormalDist from the textbook formula.
 */
class PlannerViewModelTest {

    @Test
    void theDefaultsGiveTheTextbookSizeAndTheDays() {
        PlannerViewModel model = new PlannerViewModel();

        assertThat(model.readout().result().get().control()).isEqualTo(14_751);
        assertThat(model.readout().result().get().treatment()).isEqualTo(14_751);
        assertThat(model.readout().units().get()).isEqualTo("14,751 per arm · control 14,751, treatment 14,751 · 29,502"
                + " in all");
        assertThat(model.readout().days().get()).isEqualTo("29.5 days at 1,000 units a day (4.2 weeks)");
        assertThat(model.readout().effect().get()).startsWith("Detect 10.00% → 11.00% (+10.0% relative)");
    }

    @Test
    void anUnequalAllocationAndPercentagesAreRecomputedAsTyped() {
        PlannerViewModel model = new PlannerViewModel();

        model.inputs().mde().set("2%");
        model.inputs().ratio().set("2");

        // k = 2: n_C = 2,910.5 → 2,911; n_T = ceil(2 × 2,910.51) = 5,822
        assertThat(model.readout().result().get().control()).isEqualTo(2_911);
        assertThat(model.readout().result().get().treatment()).isEqualTo(5_822);
        model.inputs().traffic().set("");
        assertThat(model.readout().days().get()).isEqualTo("Give the traffic per day to see the duration.");
    }

    @Test
    void aFieldThatIsNotANumberIsNamedAndTheResultCleared() {
        PlannerViewModel model = new PlannerViewModel();

        model.inputs().mde().set("one point");

        assertThat(model.readout().result().get()).isNull();
        assertThat(model.readout().problem().get()).isEqualTo("The MDE 'one point' is not a number.");
        assertThat(model.readout().units().get()).isEmpty();

        model.inputs().mde().set("0.95");
        assertThat(model.readout().problem().get()).isEqualTo("The base rate and base + MDE must lie in (0, 1), and the"
                + " MDE be non-zero.");
    }
}
