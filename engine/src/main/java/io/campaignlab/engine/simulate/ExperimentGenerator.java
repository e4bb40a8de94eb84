package io.campaignlab.engine.simulate;

import java.util.SplittableRandom;

/**
 * What the simulated experiments ({@code campaign_exposures}, {@code discount_test}) share: one row per user, the
 * arm drawn from a stream split off the outcome stream, so that changing the outcome model never reshuffles the
 * arms, and the pre-period behaviour both tables draw the same way:
 * <ul>
 *   <li>{@code history_orders} ~ Poisson(activity × 2 × (1.4 − 0.8 × price_sensitivity));</li>
 *   <li>{@code visits} in the 30 days before the offer ~ Poisson(3 × activity + 0.5).</li>
 * </ul>
 */
abstract class ExperimentGenerator {

    private static final double ORDERS_PER_ACTIVITY = 2.0;
    private static final double VISITS_PER_ACTIVITY = 3.0;
    private static final double BASE_VISITS = 0.5;

    final DailyRhythm rhythm;
    /** The outcome stream: features, outcomes and times. */
    final SplittableRandom rng;
    /** Randomisation has a stream of its own. */
    final SplittableRandom assignment;

    ExperimentGenerator(DailyRhythm rhythm, SplittableRandom rng) {
        this.rhythm = rhythm;
        this.assignment = rng.split();
        this.rng = rng;
    }

    /** One user's row, in the order of the table's columns. */
    abstract Object[] row(SimUser user);

    /** Draws the user's past orders from the outcome stream. */
    final int historyOrders(SimUser user) {
        return Sampling.poisson(rng, user.activity() * ORDERS_PER_ACTIVITY * (1.4 - 0.8 * user.priceSensitivity()));
    }

    /** Draws the user's site visits in the 30 days before the offer from the outcome stream. */
    final int recentVisits(SimUser user) {
        return Sampling.poisson(rng, VISITS_PER_ACTIVITY * user.activity() + BASE_VISITS);
    }

    /** An amount rounded to whole cents. */
    static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }
}
