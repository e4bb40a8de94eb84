package io.campaignlab.engine.simulate;

import java.util.SplittableRandom;

/**
 * Applies a {@link DriftSpec} to one impression: the device it is shown on and the price it shows. Draws come from a
 * random stream of its own, so planting drift never moves the draws of the impressions themselves, and
 * {@link #NONE} draws nothing and changes nothing.
 */
final class ImpressionDrift {

    static final ImpressionDrift NONE = new ImpressionDrift(Long.MAX_VALUE, 0.0, null, null);

    private static final long SECONDS_PER_DAY = 86_400;

    private final long fromSecond;
    private final double toMobile;
    /** Price multiplier by {@link ProductCategory} ordinal; null when prices do not drift. */
    private final double[] priceFactors;
    private final SplittableRandom rng;

    private ImpressionDrift(long fromSecond, double toMobile, double[] priceFactors, SplittableRandom rng) {
        this.fromSecond = fromSecond;
        this.toMobile = toMobile;
        this.priceFactors = priceFactors;
        this.rng = rng;
    }

    /** The drift of a spec (or {@link #NONE} for null), drawing from {@code rng}. */
    static ImpressionDrift of(DriftSpec spec, SplittableRandom rng) {
        if (spec == null) {
            return NONE;
        }
        double[] factors = null;
        if (spec.has(DriftSpec.Shift.PRICE)) {
            factors = new double[ProductCategory.count()];
            for (int c = 0; c < factors.length; c++) {
                factors[c] = spec.priceFactor(ProductCategory.of(c).label());
            }
        }
        double toMobile = spec.has(DriftSpec.Shift.DEVICE) ? spec.toMobile() : 0.0;
        return new ImpressionDrift(spec.afterDays() * SECONDS_PER_DAY, toMobile, factors, rng);
    }

    /** The device an impression at {@code offsetSeconds} is shown on, for a shopper whose own device is given. */
    int device(int ownDevice, long offsetSeconds) {
        if (toMobile == 0.0 || offsetSeconds < fromSecond || ownDevice == UserGenerator.MOBILE) {
            return ownDevice;
        }
        return Sampling.bernoulli(rng, toMobile) ? UserGenerator.MOBILE : ownDevice;
    }

    /** The price an impression at {@code offsetSeconds} shows for an item of the category, rounded to the cent. */
    double price(int category, double listPrice, long offsetSeconds) {
        if (priceFactors == null || offsetSeconds < fromSecond) {
            return listPrice;
        }
        return Math.round(listPrice * priceFactors[category] * 100) / 100.0;
    }

    /** A uniform draw in [0, 1) from the drift's own stream, for outcomes only drift brought about. */
    double draw() {
        return rng.nextDouble();
    }
}
