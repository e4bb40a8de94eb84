package io.campaignlab.engine.campaigns.pricing;

import io.campaignlab.engine.features.SplitIndices;
import io.campaignlab.engine.features.Splitter;
import io.campaignlab.engine.frames.Frame;

/**
 * A dynamic discount learned from a randomized discount test: per-arm purchase models
 * ({@link DiscountResponseModels}), and the per-user choice of discount that maximises expected margin under the
 * campaign's constraints ({@link DiscountAllocator}).
 *
 * @param spec   how it was learned
 * @param models the per-arm purchase models
 * @param split  the test's users split into train, validation and (held out, for evaluation) test positions
 */
public record DynamicDiscount(DiscountTestSpec spec, DiscountResponseModels models, SplitIndices split) {

    /**
     * Splits the test's users, fits one purchase model per arm on the training users and chooses each arm's penalty
     * on the validation users.
     *
     * @throws IllegalArgumentException when a user's discount is not a level of the menu
     */
    public static DynamicDiscount learn(Frame test, DiscountTestSpec spec) {
        double[] discounts = test.numbers(spec.discountColumn());
        double[] bought = test.numbers(spec.labelColumn());
        int[] arm = new int[discounts.length];
        for (int r = 0; r < discounts.length; r++) {
            arm[r] = spec.menu().levelsPct().indexOf((int) Math.round(discounts[r]));
            if (arm[r] < 0 || discounts[r] != Math.rint(discounts[r])) {
                throw new IllegalArgumentException("row " + r + " has the discount " + discounts[r]
                        + ", not a level of the menu " + spec.menu().levelsPct());
            }
        }
        SplitIndices split = Splitter.split(spec.split(), test.rows(), null, null, test.rowIds());
        DiscountResponseModels models = DiscountResponseModels.fit(test, arm, bought, spec.menu().size(),
                split.train(), split.validation(), spec.categorical(), spec.numeric());
        return new DynamicDiscount(spec, models, split);
    }

    /** By row of the audience, the estimated P(buy) at every level of the menu. */
    public double[][] purchaseProbabilities(Frame audience) {
        return models.predict(audience);
    }

    /** The discount for each user of the audience, from the estimated purchase probabilities. */
    public DiscountAllocation decide(Frame audience, PricedAudience priced, PricingConstraints constraints) {
        return DiscountAllocator.allocate(purchaseProbabilities(audience), priced, spec.menu(), constraints);
    }
}
