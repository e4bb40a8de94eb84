package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the shoppers and writes the {@code users} table.
 *
 * <p>Planted truth:
 * <ul>
 *   <li>{@code price_sensitivity} (ground truth) = sigmoid(AGE_SENSITIVITY[age_band] + REGION_SENSITIVITY[region]
 *       + N(0, 0.7)): young shoppers and the south and islands regions are the most sensitive, 55+ and central the
 *       least.</li>
 *   <li>Category affinity = softmax over the eight categories of AGE_CATEGORY_AFFINITY[age_band][c] +
 *       personal taste, where personal taste[c] = factor[taste(c)] ± domain preference + N(0, 0.3), with four
 *       N(0, 1) taste factors each shared by one fashion and one electronics category (see
 *       {@link ProductCategory}) and a N(0, 0.8) domain preference (+ for fashion, − for electronics).</li>
 *   <li>Activity, the multiplier of session and order rates, is Gamma(shape 0.7, mean 1): a few users do most of
 *       the shopping.</li>
 *   <li>Device depends on age: mobile share falls from 80% (18-24) to 40% (55+), tablet share rises.</li>
 * </ul>
 */
final class UserGenerator {

    static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55+");
    static final List<String> REGIONS = List.of("north", "south", "east", "west", "central", "islands");
    static final List<String> DEVICES = List.of("mobile", "desktop", "tablet");
    static final int MOBILE = 0;
    static final int DESKTOP = 1;
    static final int TABLET = 2;

    /** Log-odds shift of price sensitivity by age band. */
    static final double[] AGE_SENSITIVITY = {1.2, 0.5, 0.0, -0.5, -1.2};
    /** Log-odds shift of price sensitivity by region. */
    static final double[] REGION_SENSITIVITY = {-0.5, 0.6, 0.3, -0.2, -0.7, 0.5};
    static final double SENSITIVITY_NOISE_SD = 0.7;

    /**
     * Log-affinity of each age band (rows) for each category (columns, {@link ProductCategory} order: apparel,
     * shoes, accessories, beauty, phones, laptops, audio, gaming). The click model reuses it as the planted
     * age_band × category interaction.
     */
    static final double[][] AGE_CATEGORY_AFFINITY = {
            {0.5, 0.6, 0.0, 0.2, 0.4, -0.4, 0.3, 0.8},
            {0.3, 0.2, 0.2, 0.3, 0.2, 0.1, 0.2, 0.3},
            {0.0, 0.0, 0.1, 0.1, 0.0, 0.4, 0.0, -0.1},
            {-0.2, -0.1, 0.2, 0.0, -0.1, 0.3, -0.2, -0.5},
            {-0.4, -0.3, 0.3, -0.1, -0.3, 0.2, -0.4, -0.9}};

    static final double TASTE_SD = 1.0;
    static final double DOMAIN_PREFERENCE_SD = 0.8;
    static final double TASTE_NOISE_SD = 0.3;
    static final double ACTIVITY_SHAPE = 0.7;

    private static final double[] AGE_CUMULATIVE = Sampling.cumulative(new double[]{0.17, 0.27, 0.22, 0.18, 0.16});
    private static final double[] REGION_CUMULATIVE =
            Sampling.cumulative(new double[]{0.18, 0.20, 0.17, 0.17, 0.18, 0.10});
    private static final double[] MOBILE_SHARE = {0.80, 0.70, 0.60, 0.50, 0.40};
    private static final double[] TABLET_SHARE = {0.05, 0.07, 0.10, 0.14, 0.20};
    private static final long SIGNUP_HISTORY_SECONDS = 730L * 86_400;

    private UserGenerator() {
    }

    static List<ColumnMeta> columns() {
        return List.of(
                SimColumns.USER_ID,
                SimColumns.AGE_BAND,
                SimColumns.REGION,
                SimColumns.DEVICE,
                ColumnMeta.of("signup_date", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.groundTruth("price_sensitivity", ColumnType.DECIMAL));
    }

    /** Draws {@code count} users with ids 1..count; signups fall in the two years before {@code start}. */
    static List<SimUser> generate(int count, LocalDateTime start, SplittableRandom rng) {
        List<SimUser> users = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            users.add(draw(i, start, rng));
        }
        return users;
    }

    static Object[] row(SimUser user) {
        return new Object[]{user.id(), AGE_BANDS.get(user.ageBand()), REGIONS.get(user.region()),
                DEVICES.get(user.device()), user.signup(), user.priceSensitivity()};
    }

    private static SimUser draw(long id, LocalDateTime start, SplittableRandom rng) {
        int age = Sampling.pick(rng, AGE_CUMULATIVE);
        int region = Sampling.pick(rng, REGION_CUMULATIVE);
        double deviceDraw = rng.nextDouble();
        int device = deviceDraw < MOBILE_SHARE[age] ? MOBILE
                : deviceDraw < MOBILE_SHARE[age] + TABLET_SHARE[age] ? TABLET : DESKTOP;
        LocalDateTime signup = start.minusSeconds(1 + rng.nextLong(SIGNUP_HISTORY_SECONDS));
        double sensitivity = Sampling.sigmoid(AGE_SENSITIVITY[age] + REGION_SENSITIVITY[region]
                + SENSITIVITY_NOISE_SD * rng.nextGaussian());
        double activity = Sampling.gamma(rng, ACTIVITY_SHAPE, 1.0 / ACTIVITY_SHAPE);

        double[] tastes = new double[ProductCategory.TASTES];
        for (int t = 0; t < tastes.length; t++) {
            tastes[t] = TASTE_SD * rng.nextGaussian();
        }
        double domainPreference = DOMAIN_PREFERENCE_SD * rng.nextGaussian();
        double[] personal = new double[ProductCategory.count()];
        double[] weights = new double[personal.length];
        for (int c = 0; c < personal.length; c++) {
            ProductCategory category = ProductCategory.of(c);
            double domainShift = category.domain() == ProductCategory.Domain.FASHION ? domainPreference
                    : -domainPreference;
            personal[c] = tastes[category.taste()] + domainShift + TASTE_NOISE_SD * rng.nextGaussian();
            weights[c] = Math.exp(AGE_CATEGORY_AFFINITY[age][c] + personal[c]);
        }
        double[] cumulative = Sampling.cumulative(weights);
        double total = cumulative[cumulative.length - 1];
        for (int c = 0; c < cumulative.length; c++) {
            cumulative[c] /= total;
        }
        return new SimUser(id, age, region, device, signup, sensitivity, activity, personal, cumulative);
    }

    /**
     * E[price_sensitivity | age band, region] = E[sigmoid(a + r + 0.7 Z)] for standard normal Z, by the trapezoid
     * rule over ±8 sd (the integrand is smooth and the tails negligible).
     */
    static double expectedSensitivity(int age, int region) {
        return EXPECTED_SENSITIVITY[age][region];
    }

    /**
     * {@link #expectedSensitivity} for each age band and region, worked out once: the planted model asks for it at
     * every impression, and the integral took a sixth of a simulation's time.
     */
    private static final double[][] EXPECTED_SENSITIVITY = expectedSensitivities();

    private static double[][] expectedSensitivities() {
        double[][] table = new double[AGE_SENSITIVITY.length][REGION_SENSITIVITY.length];
        for (int age = 0; age < table.length; age++) {
            for (int region = 0; region < table[age].length; region++) {
                table[age][region] = expectedSigmoid(AGE_SENSITIVITY[age] + REGION_SENSITIVITY[region],
                        SENSITIVITY_NOISE_SD);
            }
        }
        return table;
    }

    /** E[sigmoid(shift + sd·Z)] for standard normal Z. */
    static double expectedSigmoid(double shift, double sd) {
        int steps = 400;
        double h = 16.0 / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double z = -8 + i * h;
            double weight = (i == 0 || i == steps ? 0.5 : 1) * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
            sum += weight * Sampling.sigmoid(shift + sd * z);
        }
        return sum * h;
    }
}
