package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes the {@code impressions} table, one user at a time: Poisson(impressions per user) impressions each, of an
 * item picked by {@link ItemCatalog#pickFor}, at a moment of the {@link DailyRhythm}, in a placement (home 35%,
 * search 30%, product page 25%, email 10%), a uniform position 1..10, with a discount of 0/5/10/20/30% (shares
 * 40/20/20/12/8%) and a pure-noise {@code noise_a} level. {@code clicked} ~ Bernoulli({@code true_ctr}) with
 * {@code true_ctr} from {@link PlantedCtrModel}; after a click, {@code purchased} ~ Bernoulli({@code true_cvr}) with
 * {@code true_cvr} from {@link PlantedCvrModel}, drawn from a stream of its own so that adding it changed no click.
 * {@code true_ctr_public} is {@link PlantedCtrModel#publicProbability}: the click probability without the user's hidden
 * traits, the ceiling of a model that sees only the impression row.
 *
 * <p>An {@link ImpressionDrift} may change the device and price of impressions from a given day on (see
 * {@link DriftSpec}); the planted models then see the device shown and the price shown. Without drift it changes
 * nothing and draws nothing.
 */
final class ImpressionGenerator {

    static final int POSITIONS = 10;
    static final List<String> NOISE_LEVELS = List.of("v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9");

    private static final double[] PLACEMENT_CUMULATIVE = Sampling.cumulative(new double[]{0.35, 0.30, 0.25, 0.10});
    private static final double[] DISCOUNT_CUMULATIVE =
            Sampling.cumulative(new double[]{0.40, 0.20, 0.20, 0.12, 0.08});

    private final ItemCatalog catalog;
    private final DailyRhythm rhythm;
    private final double perUser;
    private final SplittableRandom rng;
    private final SplittableRandom purchaseRng;
    private final ImpressionDrift drift;
    private long nextImpressionId = 1;

    ImpressionGenerator(ItemCatalog catalog, DailyRhythm rhythm, double perUser, SplittableRandom rng,
                        SplittableRandom purchaseRng, ImpressionDrift drift) {
        this.purchaseRng = purchaseRng;
        this.drift = drift;
        this.catalog = catalog;
        this.rhythm = rhythm;
        this.perUser = perUser;
        this.rng = rng;
    }

    static List<ColumnMeta> columns() {
        return List.of(
                ColumnMeta.of("impression_id", ColumnType.INTEGER, ColumnRole.FEATURE),
                SimColumns.USER_ID,
                SimColumns.ITEM_ID,
                SimColumns.TS,
                ColumnMeta.of("placement", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("position", ColumnType.INTEGER, ColumnRole.FEATURE),
                SimColumns.DEVICE,
                SimColumns.AGE_BAND,
                SimColumns.REGION,
                SimColumns.CATEGORY,
                SimColumns.BRAND,
                SimColumns.PRICE,
                ColumnMeta.of("discount_pct", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("hour", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("noise_a", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("clicked", ColumnType.INTEGER, ColumnRole.LABEL),
                ColumnMeta.of("purchased", ColumnType.INTEGER, ColumnRole.LABEL),
                ColumnMeta.groundTruth("true_ctr", ColumnType.DECIMAL),
                ColumnMeta.groundTruth("true_cvr", ColumnType.DECIMAL),
                ColumnMeta.groundTruth("true_ctr_public", ColumnType.DECIMAL));
    }

    void emit(SimUser user, Consumer<Object[]> out) {
        int count = Sampling.poisson(rng, perUser);
        for (int i = 0; i < count; i++) {
            int item = catalog.pickFor(user, rng);
            long time = rhythm.randomOffset(rng);
            int hour = DailyRhythm.hourOf(time);
            int placement = Sampling.pick(rng, PLACEMENT_CUMULATIVE);
            int position = 1 + rng.nextInt(POSITIONS);
            int discount = PlantedCtrModel.DISCOUNTS.get(Sampling.pick(rng, DISCOUNT_CUMULATIVE));
            String noise = NOISE_LEVELS.get(rng.nextInt(NOISE_LEVELS.size()));
            int category = catalog.category(item);
            int device = drift.device(user.device(), time);
            SimUser shown = device == user.device() ? user : user.onDevice(device);
            double price = drift.price(category, catalog.price(item), time);
            double ownCtr = PlantedCtrModel.probability(user, category, catalog.popularityScore(item), placement,
                    position, discount, hour);
            double ctr = shown == user ? ownCtr : PlantedCtrModel.probability(shown, category,
                    catalog.popularityScore(item), placement, position, discount, hour);
            double clickDraw = rng.nextDouble();
            long clicked = clickDraw < ctr ? 1L : 0L;
            double publicCtr = PlantedCtrModel.publicProbability(shown, category, catalog.popularityScore(item),
                    placement, position, discount, hour);
            double cvr = PlantedCvrModel.probability(shown, category, price, discount);
            // The purchase stream is read exactly when the impression would have been clicked without drift, so
            // drift never shifts the purchases of other impressions; a click only drift brought draws from the
            // drift's own stream.
            boolean clickedWithoutDrift = clickDraw < ownCtr;
            long purchased = clicked == 1L && (clickedWithoutDrift ? purchaseRng.nextDouble() : drift.draw()) < cvr
                    ? 1L : 0L;
            if (clickedWithoutDrift && clicked == 0L) {
                purchaseRng.nextDouble();
            }
            out.accept(new Object[]{nextImpressionId++, user.id(), catalog.itemId(item), rhythm.at(time),
                    PlantedCtrModel.PLACEMENTS.get(placement), (long) position,
                    UserGenerator.DEVICES.get(device), UserGenerator.AGE_BANDS.get(user.ageBand()),
                    UserGenerator.REGIONS.get(user.region()), ProductCategory.of(category).label(),
                    catalog.brandName(item), price, (long) discount, (long) hour, noise, clicked, purchased, ctr,
                    cvr, publicCtr});
        }
    }
}
