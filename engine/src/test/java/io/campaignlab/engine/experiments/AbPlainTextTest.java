package io.campaignlab.engine.experiments;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The A/B readout net of cost, against scipy 1.17 ({@code ttest_ind(equal_var=False)} and the Welch–Satterthwaite
 * t quantile, worked out by hand in python3 on the same twenty-six units), and the plain-language wording.
 */
class AbPlainTextTest {

    private static final double[] REVENUE_C = {0, 0, 10, 0, 25, 0, 0, 12, 0, 0, 0, 30};
    private static final double[] REVENUE_T = {20, 0, 15, 0, 0, 18, 22, 0, 0, 9, 0, 14, 0, 16};

    @Test
    void netOfCostAgreesWithScipy() {
        int n = REVENUE_C.length + REVENUE_T.length;
        String[] groups = new String[n];
        double[] revenue = new double[n];
        double[] converted = new double[n];
        for (int i = 0; i < n; i++) {
            boolean control = i % 2 == 0 && i / 2 < REVENUE_C.length || i >= 2 * REVENUE_T.length;
            groups[i] = control ? "A" : "B";
        }
        int c = 0;
        int t = 0;
        for (int i = 0; i < n; i++) {
            revenue[i] = groups[i].equals("A") ? REVENUE_C[c++] : REVENUE_T[t++];
            converted[i] = revenue[i] > 0 ? 1 : 0;
        }
        List<NetValue> values = AbNetValueJob.of(groups, "A", revenue, converted,
                new AbCosts(0.5, 3, "spend", "converted"), 0.05);
        assertThat(values).hasSize(1);
        NetValue v = values.get(0);
        // scipy: d = -0.2738095238095237, CI [-8.002318590160499, 7.4546995425414515], p 0.9416975196155213
        assertThat(v.net().diff()).isCloseTo(-0.2738095238095237, within(1e-12));
        assertThat(v.net().ciLow()).isCloseTo(-8.002318590160499, within(1e-9));
        assertThat(v.net().ciHigh()).isCloseTo(7.4546995425414515, within(1e-9));
        assertThat(v.net().pValue()).isCloseTo(0.9416975196155213, within(1e-9));
        assertThat(v.costPerTreated()).isCloseTo(2.0, within(1e-12));
        assertThat(v.incrementalRevenue()).isCloseTo(1.7261904761904754, within(1e-12));
        assertThat(v.roi()).isCloseTo(-0.13690476190476186, within(1e-12));
        assertThat(AbPlainText.net(v, "95%")).isEqualTo("Net of its cost (0.50 per treated unit + 3.00 per"
                + " conversion, 2.00 per treated unit on average), B's revenue per unit changed by -0.27 (95% CI -8.00"
                + " to 7.45), not distinguishable from no change; incremental revenue before cost 1.73 per unit;"
                + " ROI -14%: each 1.00 spent brought 0.86 of extra revenue.");
    }

    @Test
    void effectsAreWordedWithTheirIntervals() {
        Comparison up = new Comparison("coupon_20", "converted", MetricKind.BINARY, "unpooled Wald z", 1000, 1000,
                0.113, 0.091, 0.022, 0.0099, 0.002, 0.041, 0.026, 0.026, 0.24, 0.01, 0.47);
        assertThat(AbPlainText.effect(up, "95%", "holm", 0.05)).isEqualTo("coupon_20 raised converted by 2.2 points"
                + " (95% CI 0.2–4.1), from 9.1% to 11.3%; p 0.026 after holm correction.");
        Comparison lead = up.withAdjusted(0.07);
        assertThat(AbPlainText.effect(lead, "95%", "holm", 0.05)).endsWith("; p 0.07 after holm correction, above"
                + " 0.05, so take it as a lead to test again rather than a result.");
        Comparison flat = new Comparison("B", "spend", MetricKind.CONTINUOUS, "Welch t", 500, 500, 5.2, 5.4, -0.2,
                0.3, -0.79, 0.39, 0.5, 0.5, -0.04, -0.15, 0.07);
        assertThat(AbPlainText.effect(flat, "95%", "none", 0.05)).isEqualTo("B changed spend by -0.2 (95% CI -0.79"
                + " to 0.39), from 5.4 to 5.2 per unit: not distinguishable from no change; p 0.5.");
    }

    @Test
    void numbersReadWithoutScientificNotation() {
        assertThat(Readable.number(7.76e-19)).isEqualTo("< 0.0001");
        assertThat(Readable.number(-3e-7)).isEqualTo("> -0.0001");
        assertThat(Readable.number(0.000123456)).isEqualTo("0.0001");
        assertThat(Readable.number(0.0812345)).isEqualTo("0.0812");
        assertThat(Readable.number(1234567.8)).isEqualTo("1,234,568");
        assertThat(Readable.number(12.5)).isEqualTo("12.5");
        assertThat(Readable.number(250)).isEqualTo("250");
        assertThat(Readable.probability(1 - 1e-9)).isEqualTo("> 0.9999");
        assertThat(Readable.percent(0.0913)).isEqualTo("9.1%");
        assertThat(Readable.amount(-1234.5)).isEqualTo("-1,234.50");
    }

    @Test
    void costsAreChecked() {
        assertThatThrownBy(() -> new AbCosts(0, 0, "spend", null)).hasMessageContaining("give a cost");
        assertThatThrownBy(() -> new AbCosts(0, 2, "spend", null)).hasMessageContaining("conversion column");
        assertThatThrownBy(() -> new AbCosts(-1, 0, "spend", null)).hasMessageContaining("at least 0");
        assertThatThrownBy(() -> AbNetValueJob.of(new String[]{"A", "B"}, "A", new double[]{1, 2},
                new double[]{0, 2}, new AbCosts(0, 1, "spend", "converted"), 0.05))
                .hasMessageContaining("must hold 0/1; unit 2 holds 2.0");
    }
}
