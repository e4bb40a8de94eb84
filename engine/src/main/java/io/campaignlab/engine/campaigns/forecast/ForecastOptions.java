package io.campaignlab.engine.campaigns.forecast;

/**
 * How {@link CampaignForecastJob} forecasts a stored campaign.
 *
 * @param upliftRun           the uplift run scoring the audience, or null for the one the audience's rule names
 *                            ({@code uplift:runM})
 * @param modelReplicates     refits of the run's uplift model on bootstrap resamples of its training units: they give
 *                            the model's uncertainty (0: the intervals leave it out, and say so)
 * @param bootstrapReplicates bootstrap replicates over the audience's users
 * @param readoutUsers        the audience users the A/B readout will hold, treated and holdout together, or null for
 *                            the whole scored audience
 * @param orderValue          the value of a conversion, or null for the mean revenue of the run dataset's converting
 *                            control units
 * @param marginRate          the gross margin of an order as a share of its value, in [0, 1]
 * @param seed                the seed of the resamples
 * @param device              where the refits train: cpu, gpu or auto
 * @param offerRuns           by coupon offer name, the uplift run of that offer against no offer; a campaign's only
 *                            coupon may use {@code upliftRun} instead
 * @param prices              where each user's list price and unit cost are read to price a dynamic discount (null:
 *                            the simulator's {@code discount_test})
 */
public record ForecastOptions(Long upliftRun, int modelReplicates, int bootstrapReplicates, Integer readoutUsers,
                              Double orderValue, double marginRate, long seed, String device,
                              java.util.Map<String, Long> offerRuns, PriceSource prices) {

    public static final int DEFAULT_MODEL_REPLICATES = 20;
    public static final double DEFAULT_MARGIN_RATE = 0.4;

    public ForecastOptions {
        if (modelReplicates < 0 || modelReplicates == 1) {
            throw new IllegalArgumentException("model replicates must be 0 or at least 2, was " + modelReplicates);
        }
        if (bootstrapReplicates < 1) {
            throw new IllegalArgumentException("bootstrap replicates must be at least 1, was " + bootstrapReplicates);
        }
        if (readoutUsers != null && readoutUsers < 2) {
            throw new IllegalArgumentException("readout users must be at least 2, was " + readoutUsers);
        }
        if (orderValue != null && !(orderValue > 0 && orderValue < Double.MAX_VALUE)) {
            throw new IllegalArgumentException("order value must be a positive number, was " + orderValue);
        }
        if (!(marginRate >= 0 && marginRate <= 1)) {
            throw new IllegalArgumentException("margin rate must lie in [0, 1], was " + marginRate);
        }
        device = device == null ? "cpu" : device;
        offerRuns = offerRuns == null ? java.util.Map.of() : java.util.Map.copyOf(offerRuns);
        prices = prices == null ? PriceSource.simulated() : prices;
    }

    /** With the simulator's price source. */
    public ForecastOptions(Long upliftRun, int modelReplicates, int bootstrapReplicates, Integer readoutUsers,
                           Double orderValue, double marginRate, long seed, String device,
                           java.util.Map<String, Long> offerRuns) {
        this(upliftRun, modelReplicates, bootstrapReplicates, readoutUsers, orderValue, marginRate, seed, device,
                offerRuns, null);
    }

    /** With the dataset and columns that price a dynamic discount. */
    public ForecastOptions withPrices(PriceSource source) {
        return new ForecastOptions(upliftRun, modelReplicates, bootstrapReplicates, readoutUsers, orderValue,
                marginRate, seed, device, offerRuns, source);
    }

    /** Without runs of their own for the offers. */
    public ForecastOptions(Long upliftRun, int modelReplicates, int bootstrapReplicates, Integer readoutUsers,
                           Double orderValue, double marginRate, long seed, String device) {
        this(upliftRun, modelReplicates, bootstrapReplicates, readoutUsers, orderValue, marginRate, seed, device,
                null, null);
    }

    /** With the uplift run of each named coupon offer. */
    public ForecastOptions withOfferRuns(java.util.Map<String, Long> runs) {
        return new ForecastOptions(upliftRun, modelReplicates, bootstrapReplicates, readoutUsers, orderValue,
                marginRate, seed, device, runs, prices);
    }

    /** The defaults: the audience's uplift run, 20 refits, 2,000 bootstrap replicates, seed 42, on the CPU. */
    public static ForecastOptions defaults() {
        return new ForecastOptions(null, DEFAULT_MODEL_REPLICATES, Forecaster.DEFAULT_REPLICATES, null, null,
                DEFAULT_MARGIN_RATE, 42, "cpu");
    }

    public ForecastOptions withUpliftRun(Long run) {
        return new ForecastOptions(run, modelReplicates, bootstrapReplicates, readoutUsers, orderValue, marginRate,
                seed, device, offerRuns, prices);
    }

    public ForecastOptions withReplicates(int models, int bootstrap) {
        return new ForecastOptions(upliftRun, models, bootstrap, readoutUsers, orderValue, marginRate, seed, device,
                offerRuns, prices);
    }

    public ForecastOptions withReadoutUsers(Integer users) {
        return new ForecastOptions(upliftRun, modelReplicates, bootstrapReplicates, users, orderValue, marginRate,
                seed, device, offerRuns, prices);
    }
}
