package io.campaignlab.engine.simulate;

import io.campaignlab.engine.frames.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The {@code discount_test} dataset against its documented recipe ({@link PlantedDiscountModel},
 * {@link DiscountTestGenerator}): the formula worked by hand, uniform arms, outcomes drawn from the planted
 * probabilities, revenue, margin and unit cost as documented, and the response shapes the javadoc promises.
 */
class PlantedDiscountTest {

    private static final int USERS = 40_000;
    private static SimulatedDiscountTest sim;

    @BeforeAll
    static void draw() {
        sim = SimulatedDiscountTest.draw(USERS, 5);
    }

    @Test
    void theFormulaMatchesAValueWorkedByHand() {
        // sensitivity 0.8, 3 orders, 4 visits, beauty (median 20) at 25.99, mobile. By hand (Python, math module):
        // base = −2.3 + 0.35 ln 4 + 0.25 ln 5 − 0.5 ln(25.99 / 20) − 0.1 = −1.643427; loyalty = ln 4 / ln 13 = 0.540476
        // steady(d) = 1.6 × 0.8 × (1 − 0.7 × 0.540476) × d / 20 = 0.198933 × d / 5; deal = 0.5, so deep = 0.9 at 15 %+
        double[] p = PlantedDiscountModel.pBuy(0.8, 3, 4, ProductCategory.BEAUTY.ordinal(), 25.99,
                UserGenerator.MOBILE);

        assertThat(p).containsExactly(new double[]{0.161999251, 0.190850395, 0.223469554, 0.463408694, 0.513073506},
                within(1e-8));
    }

    @Test
    void insensitiveLoyalShoppersBarelyRespondAndDealSeekersJumpAtFifteen() {
        double[] loyal = PlantedDiscountModel.pBuy(0.1, 12, 6, ProductCategory.APPAREL.ordinal(), 35.99,
                UserGenerator.DESKTOP);
        double[] seeker = PlantedDiscountModel.pBuy(0.95, 0, 2, ProductCategory.APPAREL.ordinal(), 35.99,
                UserGenerator.DESKTOP);

        // loyal: steady = 1.6 × 0.1 × 0.3 = 0.048 on the logit at 20 %, no deal term
        assertThat(loyal[4] - loyal[0]).isBetween(0.0, 0.02);
        // seeker: 10 → 15 % adds 1.6 × 0.95 × 0.25 + 1.8 × 0.875 = 1.955 on the logit, 5 → 10 % only 0.38
        assertThat(seeker[3] - seeker[2]).isGreaterThan(3 * (seeker[2] - seeker[1]));
    }

    @Test
    void armsAreUniformAndOutcomesFollowThePlantedProbabilities() {
        Frame f = sim.frame();
        double[] pct = f.numbers("discount_pct");
        double[] converted = f.numbers("converted");
        String[] arm = f.texts("arm");
        for (int k = 0; k < PlantedDiscountModel.LEVELS_PCT.length; k++) {
            int n = 0;
            double bought = 0;
            double planted = 0;
            for (int r = 0; r < USERS; r++) {
                if (pct[r] == PlantedDiscountModel.LEVELS_PCT[k]) {
                    assertThat(arm[r]).isEqualTo(PlantedDiscountModel.ARMS.get(k));
                    n++;
                    bought += converted[r];
                    planted += sim.truePBuy()[r][k];
                }
            }
            // Binomial(40 000, 1/5): sd 80, so 4 sd is 320
            assertThat(n).isBetween(USERS / 5 - 320, USERS / 5 + 320);
            // the arm's purchase count against the sum of its planted probabilities: within 4 sd (sd ≤ √(n/4))
            assertThat(Math.abs(bought - planted)).isLessThan(4 * Math.sqrt(n / 4.0));
        }
    }

    @Test
    void revenueMarginAndUnitCostAreAsDocumented() {
        Frame f = sim.frame();
        double[] pct = f.numbers("discount_pct");
        double[] converted = f.numbers("converted");
        double[] revenue = f.numbers("revenue");
        double[] margin = f.numbers("margin");
        String[] category = f.texts("category");
        for (int r = 0; r < USERS; r++) {
            double price = sim.listPrice()[r];
            int c = categoryOrdinal(category[r]);
            assertThat(sim.unitCost()[r]).isCloseTo(price * (1 - PlantedDiscountModel.GROSS_MARGIN[c]), within(0.006));
            double expectedRevenue = converted[r] == 1 ? price * (1 - pct[r] / 100) : 0;
            assertThat(revenue[r]).isCloseTo(expectedRevenue, within(0.006));
            assertThat(margin[r]).isCloseTo(converted[r] == 1 ? expectedRevenue - sim.unitCost()[r] : 0, within(0.011));
        }
    }

    @Test
    void theDocumentedAveragesHold() {
        double p0 = 0;
        double p20 = 0;
        for (double[] p : sim.truePBuy()) {
            p0 += p[0] / USERS;
            p20 += p[4] / USERS;
        }
        System.out.printf("discount_test (%d users): mean P(buy | 0%%) %.4f, P(buy | 20%%) %.4f%n", USERS, p0, p20);
        assertThat(p0).isCloseTo(0.152, within(0.003));
        assertThat(p20).isCloseTo(0.309, within(0.003));
    }

    private static int categoryOrdinal(String label) {
        for (ProductCategory c : ProductCategory.values()) {
            if (c.label().equals(label)) {
                return c.ordinal();
            }
        }
        throw new IllegalArgumentException(label);
    }
}
