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

        assertThat(model.resultProperty().get().control()).isEqualTo(14_751);
        assertThat(model.resultProperty().get().treatment()).isEqualTo(14_751);
        assertThat(model.unitsProperty().get()).isEqualTo("14,751 per arm · control 14,751, treatment 14,751 · 29,502"
                + " in all");
        assertThat(model.daysProperty().get()).isEqualTo("29.5 days at 1,000 units a day (4.2 weeks)");
        assertThat(model.effectProperty().get()).startsWith("Detect 10.00% → 11.00% (+10.0% relative)");
    }

    @Test
    void anUnequalAllocationAndPercentagesAreRecomputedAsTyped() {
        PlannerViewModel model = new PlannerViewModel();

        model.mdeProperty().set("2%");
        model.ratioProperty().set("2");

        // k = 2: n_C = 2,910.5 → 2,911; n_T = ceil(2 × 2,910.51) = 5,822
        assertThat(model.resultProperty().get().control()).isEqualTo(2_911);
        assertThat(model.resultProperty().get().treatment()).isEqualTo(5_822);
        model.trafficProperty().set("");
        assertThat(model.daysProperty().get()).isEqualTo("Give the traffic per day to see the duration.");
    }

    @Test
    void aFieldThatIsNotANumberIsNamedAndTheResultCleared() {
        PlannerViewModel model = new PlannerViewModel();

        model.mdeProperty().set("one point");

        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.problemProperty().get()).isEqualTo("The MDE 'one point' is not a number.");
        assertThat(model.unitsProperty().get()).isEmpty();

        model.mdeProperty().set("0.95");
        assertThat(model.problemProperty().get()).isEqualTo("The base rate and base + MDE must lie in (0, 1), and the"
                + " MDE be non-zero.");
    }
}
