package io.campaignlab.engine.simulate;

import java.time.LocalDateTime;

/**
 * One simulated shopper, observable and hidden traits together. Indexes refer to the lists in
 * {@link UserGenerator}; category arrays are indexed by {@link ProductCategory} ordinal.
 *
 * @param id                 the user_id, from 1
 * @param ageBand            index into {@link UserGenerator#AGE_BANDS}
 * @param region             index into {@link UserGenerator#REGIONS}
 * @param device             index into {@link UserGenerator#DEVICES}
 * @param signup             when the account was created, before the simulated window
 * @param priceSensitivity   hidden trait in (0, 1): how much price and discounts matter
 * @param activity           hidden, mean-one heavy-tailed multiplier of how often the user shops
 * @param personalTaste      hidden per-category log-affinity from the user's latent tastes, without age effects
 * @param affinityCumulative running sums of the user's category-choice probabilities
 */
record SimUser(long id, int ageBand, int region, int device, LocalDateTime signup, double priceSensitivity,
               double activity, double[] personalTaste, double[] affinityCumulative) {

    /** The probability that this user picks the given category when browsing by taste. */
    double affinity(int category) {
        return category == 0 ? affinityCumulative[0] : affinityCumulative[category] - affinityCumulative[category - 1];
    }

    /** The same shopper on another device (an index into {@link UserGenerator#DEVICES}). */
    SimUser onDevice(int otherDevice) {
        return new SimUser(id, ageBand, region, otherDevice, signup, priceSensitivity, activity, personalTaste,
                affinityCumulative);
    }
}
