package io.campaignlab.engine.campaigns.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BudgetCurveTest {

    /**
     * Four users, order value 100, margin rate 0.5, 1.00 a grant and nothing a conversion, so each costs 1 and its
     * incremental margin is 50 × uplift: uplift {0.01, 0.05, 0.03, −0.01} → margin {0.5, 2.5, 1.5, −0.5}. Taken in
     * the order 1, 2, 0, 3: spend 1, 2, 3, 4; conversions 0.05, 0.08, 0.09, 0.08; margin 2.5, 4.0, 4.5, 4.0;
     * marginal ROI 2.5, 1.5, 0.5, −0.5. Break-even after user 2 (spend 2, margin 4.0, net 2.0, the largest net).
     */
    @Test
    void equalCostsGoInOrderOfMarginAndBreakEvenWhereMarginalRoiDropsBelowOne() {
        AudienceInputs a = AudienceInputs.coupon(new double[]{0.01, 0.05, 0.03, -0.01}, new double[4], 100, 0.5, 1.0,
                0.2);
        BudgetCurve curve = BudgetCurve.of(a);
        assertThat(curve.order()).containsExactly(1, 2, 0, 3);
        double[] spend = {0, 1, 2, 3, 4};
        double[] conversions = {0, 0.05, 0.08, 0.09, 0.08};
        double[] margin = {0, 2.5, 4.0, 4.5, 4.0};
        double[] marginal = {Double.NaN, 2.5, 1.5, 0.5, -0.5};
        for (int k = 0; k <= 4; k++) {
            BudgetPoint p = curve.points()[k];
            assertThat(p.users()).isEqualTo(k);
            assertThat(p.spend()).isCloseTo(spend[k], within(1e-12));
            assertThat(p.incrementalConversions()).isCloseTo(conversions[k], within(1e-12));
            assertThat(p.incrementalMargin()).isCloseTo(margin[k], within(1e-12));
            if (k > 0) {
                assertThat(p.marginalRoi()).isCloseTo(marginal[k], within(1e-12));
            }
        }
        assertThat(curve.breakEven().users()).isEqualTo(2);
        assertThat(curve.breakEven().roi()).isCloseTo(2.0, within(1e-12));
        assertThat(curve.atBudget(2.5).users()).isEqualTo(2);
        assertThat(curve.atBudget(3.0).users()).isEqualTo(3);
        assertThat(curve.atBudget(0.5).users()).isZero();
    }

    /**
     * Margin per unit cost, not margin, sets the order: user 0 earns 3 for 2 (ROI 1.5), user 1 earns 2 for 1
     * (ROI 2.0), so user 1 goes first: spend 1 then 3, margin 2 then 5. Both stay above ROI 1: break-even is
     * everyone. (Uplift {0.03, 0.02}, order value 100, margin rate 1, no grant cost, always converting, a conversion
     * costing {2, 1}.)
     */
    @Test
    void cheaperUsersWithLessMarginCanComeFirst() {
        AudienceInputs a = new AudienceInputs(new double[]{0.03, 0.02}, new double[]{1, 1}, new double[]{100, 100},
                new double[]{1, 1}, 0, new double[]{2, 1});
        BudgetCurve curve = BudgetCurve.of(a);
        assertThat(curve.order()).containsExactly(1, 0);
        assertThat(curve.points()[1].cost()).isCloseTo(1, within(1e-12));
        assertThat(curve.points()[2].cost()).isCloseTo(3, within(1e-12));
        // no grant cost: the budget, which counts grants only, is never spent
        assertThat(curve.points()[2].spend()).isZero();
        assertThat(curve.points()[2].incrementalMargin()).isCloseTo(5, within(1e-12));
        assertThat(curve.breakEven().users()).isEqualTo(2);
    }

    @Test
    void noUserWorthItBreaksEvenAtZero() {
        AudienceInputs a = AudienceInputs.coupon(new double[]{0.001, 0.002}, new double[2], 10, 0.5, 1.0, 0.1);
        assertThat(BudgetCurve.of(a).breakEven().users()).isZero();
    }
}
