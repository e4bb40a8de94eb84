package io.campaignlab.engine.campaigns.pricing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DiscountAllocatorTest {

    private static final DiscountMenu MENU = new DiscountMenu(List.of(0, 10, 20));
    // A: 100/60, margins 40, 30, 20 and P(buy) .10, .16, .25 → expected margin 4.0, 4.8, 5.0
    // B: 100/60, P(buy) .20, .21, .22 → 8.0, 6.3, 4.4
    // C: 50/42, margins 8, 3, −2: with a minimum of 5 only 0 % is allowed (0.1 × 8 = 0.8), though 10 % would pay 1.5
    // D: 10/9, margin 1 even at 0 %: nothing may be offered
    private static final double[][] P = {{.10, .16, .25}, {.20, .21, .22}, {.1, .5, .9}, {.5, .6, .7}};
    private static final PricedAudience AUDIENCE = new PricedAudience(new double[]{100, 100, 50, 10},
            new double[]{60, 60, 42, 9});

    @Test
    void withoutACapEachUserGetsTheAllowedLevelOfHighestExpectedMargin() {
        DiscountAllocation a = DiscountAllocator.allocate(P, AUDIENCE, MENU, PricingConstraints.minMarginOnly(5));

        assertThat(a.levels()).containsExactly(2, 0, 0, DiscountAllocation.NO_OFFER);
        assertThat(a.multiplier()).isZero();
        assertThat(a.meanDiscount()).isCloseTo(0.05, within(1e-12));
        assertThat(a.expectedMargin(P, AUDIENCE, MENU)).isCloseTo(5.0 + 8.0 + 0.8, within(1e-9));
        assertThat(a.leastMargin(AUDIENCE, MENU)).isEqualTo(8.0);
    }

    @Test
    void aBindingCapRaisesTheMultiplierToWhereTheDiscountFalls() {
        // A prefers 20 % over 10 % while 5.0 − 0.2λ > 4.8 − 0.1λ, i.e. λ < 2, and 10 % over 0 % while λ < 8.
        // A cap of 4 % (mean over 4 users) rules out 20 % (mean 5 %) but allows 10 % (2.5 %): λ = 2.
        DiscountAllocation a = DiscountAllocator.allocate(P, AUDIENCE, MENU, new PricingConstraints(5, 0.04));

        assertThat(a.levels()).containsExactly(1, 0, 0, DiscountAllocation.NO_OFFER);
        assertThat(a.multiplier()).isCloseTo(2.0, within(1e-9));
        assertThat(a.meanDiscount()).isCloseTo(0.025, within(1e-12));
        assertThat(a.expectedMargin(P, AUDIENCE, MENU)).isCloseTo(4.8 + 8.0 + 0.8, within(1e-9));

        DiscountAllocation none = DiscountAllocator.allocate(P, AUDIENCE, MENU, new PricingConstraints(5, 0.0));
        assertThat(none.levels()).containsExactly(0, 0, 0, DiscountAllocation.NO_OFFER);
        assertThat(none.multiplier()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void theCapAndTheMinimumMarginHoldOnLargeRandomAudiencesAndTheCapIsTight() {
        SplittableRandom rng = new SplittableRandom(17);
        DiscountMenu menu = DiscountMenu.standard();
        int n = 3_000;
        double[][] p = new double[n][menu.size()];
        double[] price = new double[n];
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            price[i] = 10 + 200 * rng.nextDouble();
            cost[i] = price[i] * (0.3 + 0.6 * rng.nextDouble());
            double base = 0.02 + 0.2 * rng.nextDouble();
            double response = 3 * rng.nextDouble();
            for (int k = 0; k < menu.size(); k++) {
                p[i][k] = Math.min(1, base * (1 + response * menu.fraction(k) * 5 * rng.nextDouble()));
            }
        }
        PricedAudience audience = new PricedAudience(price, cost);
        double free = DiscountAllocator.allocate(p, audience, menu, PricingConstraints.minMarginOnly(3))
                .meanDiscount();
        for (double cap : new double[]{0.0, 0.1 * free, 0.3 * free, 0.5 * free, 0.8 * free, 0.95 * free}) {
            DiscountAllocation a = DiscountAllocator.allocate(p, audience, menu, new PricingConstraints(3, cap));

            assertThat(a.meanDiscount()).as("cap %s", cap).isLessThanOrEqualTo(cap);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += a.discount(i, menu);
                if (a.levels()[i] != DiscountAllocation.NO_OFFER) {
                    assertThat(audience.margin(i, menu.fraction(a.levels()[i]))).isGreaterThanOrEqualTo(3);
                }
            }
            assertThat(sum / n).isCloseTo(a.meanDiscount(), within(1e-12));
            // tight: a slightly smaller multiplier already breaks the cap (below λ the discount would be higher)
            DiscountAllocation looser = DiscountAllocator.choose(p, audience, menu, new PricingConstraints(3, cap),
                    a.multiplier() * (1 - 1e-6));
            assertThat(looser.meanDiscount()).isGreaterThan(cap);
        }
    }

    @Test
    void noAllocationWithAtMostTheSameTotalDiscountHasAHigherExpectedMargin() {
        // Everett's theorem, checked by brute force over all 3^6 allocations of six users
        SplittableRandom rng = new SplittableRandom(5);
        int n = 6;
        double[][] p = new double[n][3];
        double[] price = new double[n];
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            price[i] = 50 + 50 * rng.nextDouble();
            cost[i] = price[i] * 0.5 * rng.nextDouble();
            p[i][0] = 0.1 * rng.nextDouble();
            p[i][1] = p[i][0] + 0.1 * rng.nextDouble();
            p[i][2] = p[i][1] + 0.2 * rng.nextDouble();
        }
        PricedAudience audience = new PricedAudience(price, cost);
        for (double cap : new double[]{0.02, 0.05, 0.08, 0.12}) {
            DiscountAllocation a = DiscountAllocator.allocate(p, audience, MENU, new PricingConstraints(0, cap));
            double value = a.expectedMargin(p, audience, MENU);
            for (int code = 0; code < 729; code++) {
                int[] levels = new int[n];
                int rest = code;
                double total = 0;
                for (int i = 0; i < n; i++) {
                    levels[i] = rest % 3;
                    rest /= 3;
                    total += MENU.fraction(levels[i]);
                }
                if (total / n <= a.meanDiscount() + 1e-12) {
                    double other = new DiscountAllocation(levels, 0, total / n).expectedMargin(p, audience, MENU);
                    assertThat(other).isLessThanOrEqualTo(value + 1e-9);
                }
            }
        }
    }

    @Test
    void theSingleLevelBaselineFallsBackToTheDeepestAllowedLevel() {
        DiscountAllocation single = DiscountAllocator.single(2, AUDIENCE, MENU, PricingConstraints.minMarginOnly(5));

        assertThat(single.levels()).containsExactly(2, 2, 0, DiscountAllocation.NO_OFFER);
        assertThat(single.meanDiscount()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void aCapBelowTheSmallestAllowedDiscountsIsRefused() {
        DiscountMenu noZero = new DiscountMenu(List.of(5, 10));
        double[][] p = {{.1, .2}};
        PricedAudience one = new PricedAudience(new double[]{100}, new double[]{10});

        assertThatThrownBy(() -> DiscountAllocator.allocate(p, one, noZero, new PricingConstraints(0, 0.01)))
                .hasMessageContaining("below 0.0500");
        assertThatThrownBy(() -> new DiscountMenu(List.of(0, 10, 5))).isInstanceOf(IllegalArgumentException.class);
    }
}
