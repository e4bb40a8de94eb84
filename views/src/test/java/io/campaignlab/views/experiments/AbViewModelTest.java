package io.campaignlab.views.experiments;

import io.campaignlab.engine.experiments.AbSpec;
import io.campaignlab.engine.experiments.Correction;
import io.campaignlab.engine.experiments.MetricSpec;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The A/B tab's state without a screen: first guesses, the job, the SRM block, the correction, bad allocations. */
class AbViewModelTest {

    private final FakeWorkspace workspace = ExperimentsFixtures.workspace();
    private final ExperimentsFixtures.Jobs jobs = new ExperimentsFixtures.Jobs();
    private AbViewModel model;

    @BeforeEach
    void create() {
        model = new AbViewModel(() -> workspace, new ImmediateJobExecutor(workspace::runner), Runnable::run, jobs);
    }

    @Test
    void theExperimentDatasetIsListedFirstAndItsColumnsAreGuessed() {
        model.refresh();

        assertThat(model.choice().datasets()).containsExactly(ExperimentsFixtures.EXPERIMENT, "users");
        assertThat(model.choice().dataset().get()).isEqualTo(ExperimentsFixtures.EXPERIMENT);
        assertThat(model.choice().group().get()).isEqualTo("group");
        assertThat(model.choice().arms()).containsExactly("control", "treatment");
        assertThat(model.choice().control().get()).isEqualTo("control");
        assertThat(model.settings().metrics()).containsExactly("converted", "spend");
        assertThat(model.settings().metricChoices()).doesNotContain("true_uplift", "group");
        assertThat(model.settings().cuped().get()).isEqualTo("history_spend");
        assertThat(model.settings().unit().get()).isEqualTo("user_id");
        assertThat(model.settings().time().get()).isEqualTo("exposed_at");
        assertThat(model.settings().correction().get()).isEqualTo(Correction.HOLM);
        assertThat(model.canRun()).isTrue();
        assertThat(model.shown().readout().get()).as("nothing is read out before the user asks").isNull();
    }

    @Test
    void readOutRunsTheJobWithTheChosenSpecAndShowsTheRows() {
        model.refresh();
        model.settings().metrics().setAll("converted");
        model.settings().correction().set(Correction.BH);

        model.readOut();

        AbSpec asked = jobs.asked.get(0);
        assertThat(asked.groupColumn()).isEqualTo("group");
        assertThat(asked.control()).isEqualTo("control");
        assertThat(asked.metrics()).containsExactly(MetricSpec.parse("converted"));
        assertThat(asked.correction()).isEqualTo(Correction.BH);
        assertThat(asked.cupedColumn()).isEqualTo("history_spend");
        assertThat(model.shown().rows()).hasSize(1);
        ReadoutRow row = model.shown().rows().get(0);
        // planted: 100 of 1,000 control units convert, 150 of 1,000 treatment units
        assertThat(row.comparison().meanControl()).isCloseTo(0.10, within(1e-12));
        assertThat(row.comparison().meanTreatment()).isCloseTo(0.15, within(1e-12));
        assertThat(row.cuped()).isNotNull();
        assertThat(row.bayesian()).isNotNull();
        assertThat(row.sequential()).isNotNull();
        assertThat(model.shown().selected().get()).isEqualTo(row);
        assertThat(model.shown().blocked().get()).isFalse();
        assertThat(model.overlapLine()).isEqualTo("Units in more than one arm: 0");
        assertThat(model.netProperty().get()).isEmpty();
        // Wald: se = √(0.15·0.85/1000 + 0.10·0.90/1000) = 0.014748, so 5.0 ± 1.96·1.4748 points = [2.1, 7.9];
        // z = 3.390, p = 0.000698 (one comparison, so BH leaves it)
        assertThat(model.plainText()).startsWith("treatment raised converted by 5.0 points (95% CI 2.1–7.9), from"
                + " 10.0% to 15.0%; p 0.0007 after bh correction.");

        // with costs typed, the arms are also read net of cost: treated spend 40·0.15 + 0.2·mean(history) against
        // control's 40·0.10 + the same, less 0.50 per unit and 2 per conversion (0.80 per treated unit on average)
        model.costPerConversionProperty().set("x");
        model.readOut();
        assertThat(model.shown().problem().get()).isEqualTo("A cost must be a number, such as 0.50, not 'x'.");
        model.costPerUnitProperty().set("0.5");
        model.costPerConversionProperty().set("2");
        model.readOut();
        assertThat(model.netProperty().get()).hasSize(1);
        assertThat(model.netProperty().get().get(0).costPerTreated()).isCloseTo(0.5 + 2 * 0.15, within(1e-12));
        assertThat(model.plainText()).contains("Net of its cost (0.50 per treated unit + 2.00 per conversion, 0.80"
                + " per treated unit on average), treatment's revenue per unit ");
    }

    @Test
    void aBrokenSampleRatioBlocksTheReadoutUntilAcknowledged() {
        jobs.nControl = 1000;
        jobs.nTreatment = 1200;
        model.refresh();

        model.readOut();

        // expected 1,100 each: χ² = 2 × 100² / 1,100 = 18.18 on 1 df, p = erfc(√9.09) = 2.0e-5
        assertThat(model.shown().readout().get().srm().p()).isCloseTo(2.0e-5, within(0.1e-5));
        assertThat(model.srmLine()).startsWith("χ² = 18.18, 1 df, p < 0.0001 against equal shares");
        assertThat(model.shown().blocked().get()).isTrue();
        assertThat(model.armLines()).containsExactly("control: 1,000 of 1,100 expected (45.5%, −9.1%)",
                "treatment: 1,200 of 1,100 expected (54.5%, +9.1%)");

        model.acknowledge();

        assertThat(model.shown().blocked().get()).isFalse();
        model.readOut();
        assertThat(model.shown().blocked().get()).as("a new readout must be acknowledged again").isTrue();
    }

    @Test
    void changingTheCorrectionReAdjustsThePValuesWithoutRunningAgain() {
        model.refresh();
        model.readOut();
        double[] p = model.shown().rows().stream().mapToDouble(r -> r.comparison().pValue()).toArray();
        assertThat(p).hasSize(2);
        double low = Math.min(p[0], p[1]);
        double high = Math.max(p[0], p[1]);

        model.settings().correction().set(Correction.NONE);
        assertThat(model.shown().rows().stream().mapToDouble(r -> r.comparison().pAdjusted()).toArray()).containsExactly(p);

        // Benjamini–Hochberg for two tests: the larger stays, the smaller becomes min(2 p, larger)
        model.settings().correction().set(Correction.BH);
        assertThat(model.shown().rows().stream().mapToDouble(r -> r.comparison().pAdjusted()).sorted().toArray())
                .containsExactly(new double[]{Math.min(2 * low, high), high}, within(1e-15));
        // Holm: the smaller doubles, the larger is at least that
        model.settings().correction().set(Correction.HOLM);
        assertThat(model.shown().rows().stream().mapToDouble(r -> r.comparison().pAdjusted()).sorted().toArray())
                .containsExactly(new double[]{Math.min(1, 2 * low), Math.max(Math.min(1, 2 * low), high)},
                        within(1e-15));
        assertThat(model.shown().readout().get().spec().correction()).isEqualTo(Correction.HOLM);
        assertThat(jobs.asked).hasSize(1);
    }

    @Test
    void anAllocationIsParsedAndABadOneIsNamed() {
        model.refresh();

        model.settings().allocation().set("control=2, treatment=1");
        assertThat(model.allocationShares()).isEqualTo(Map.of("control", 2.0, "treatment", 1.0));
        assertThat(model.shown().problem().get()).isEmpty();

        model.settings().allocation().set("control=1,variant=1");
        assertThat(model.shown().problem().get()).isEqualTo("Allocation: there is no arm 'variant' in group.");
        assertThat(model.canRun()).isFalse();

        model.settings().allocation().set("control=1");
        assertThat(model.shown().problem().get()).isEqualTo("Allocation: give a share for every arm; treatment has"
                + " none.");

        model.settings().allocation().set("control=x,treatment=1");
        assertThat(model.shown().problem().get()).isEqualTo("Allocation: the share of control is not a number.");
    }

    @Test
    void readOutByNameSelectsTheDatasetAndRunsWithTheGuesses() {
        model.readOut(ExperimentsFixtures.EXPERIMENT);

        assertThat(jobs.asked).hasSize(1);
        assertThat(model.shown().rows()).hasSize(2);
        assertThat(model.shown().rows().stream().map(ReadoutRow::label).toList())
                .containsExactly("treatment · converted", "treatment · spend");
    }

    @Test
    void aDatasetThatDoesNotExistIsNamed() {
        model.readOut("nope");

        assertThat(jobs.asked).isEmpty();
        assertThat(model.shown().message().get()).contains("There is no dataset named 'nope'.");
    }

    @Test
    void anEmptyMetricChoiceIsRefused() {
        model.refresh();
        model.settings().metrics().clear();

        assertThat(model.canRun()).isFalse();
        assertThat(model.shown().problem().get()).isEqualTo("Choose at least one metric.");
        model.readOut();
        assertThat(jobs.asked).isEmpty();
    }

    @Test
    void theControlGuessPrefersControlThenNoThenZero() {
        assertThat(AbDefaults.control(List.of("Mens E-Mail", "No E-Mail", "Womens E-Mail"))).contains("No E-Mail");
        assertThat(AbDefaults.control(List.of("coupon_10", "control", "coupon_20"))).contains("control");
        assertThat(AbDefaults.control(List.of("1", "0"))).contains("0");
        assertThat(AbDefaults.control(List.of("red", "blue"))).isEmpty();
    }
}
