package io.campaignlab.engine.simulate;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Drift planted in the {@code impressions} table from a given day of the window on, so that monitoring can be
 * checked against a known change. Only impressions shown at or after {@code start + afterDays} (00:00) change; users,
 * items, events and the coupon experiment are the same as without drift, and so is every earlier impression.
 *
 * <ul>
 *   <li>{@link Shift#DEVICE}: shoppers move to their phones. An impression that a desktop or tablet shopper would
 *       have seen on their own device is shown on {@code mobile} instead with probability {@code toMobile}. The
 *       planted click and conversion models then see the device the impression was shown on, so the click-through
 *       rate follows the planted device effects (a covariate shift: P(click | row) is unchanged). With the default
 *       0.5 the mobile share of impressions rises from about 61% to about 80%.</li>
 *   <li>{@link Shift#PRICE}: every item's price is multiplied by {@code priceFactor}, or by its category's entry in
 *       {@code categoryPriceFactors} where there is one, and rounded to the cent. The planted click model ignores
 *       price; the conversion model sees the new price, so fewer clicks end in a purchase when prices rise. The
 *       {@code items} and {@code events} tables keep the list price.</li>
 * </ul>
 *
 * @param afterDays            undrifted days at the start of the window; drift starts on day {@code afterDays + 1}
 *                             (at least 1, and below the simulation's days)
 * @param shifts               what changes; at least one
 * @param toMobile             {@link Shift#DEVICE}: the probability in (0, 1] that a desktop or tablet impression
 *                             moves to mobile
 * @param priceFactor          {@link Shift#PRICE}: the multiplier of every price, above 0
 * @param categoryPriceFactors {@link Shift#PRICE}: multipliers by category label ({@code apparel}, {@code shoes},
 *                             {@code accessories}, {@code beauty}, {@code phones}, {@code laptops}, {@code audio},
 *                             {@code gaming}) that replace {@code priceFactor} for that category
 */
public record DriftSpec(int afterDays, Set<Shift> shifts, double toMobile, double priceFactor,
                        Map<String, Double> categoryPriceFactors) {

    /** What a drift changes. */
    public enum Shift {
        /** The device mix of impressions: mobile share up. */
        DEVICE,
        /** Item prices. */
        PRICE;

        /** The lower-case name used on the command line and in descriptions: {@code device}, {@code price}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The shift named {@code id}, ignoring case. */
        public static Shift of(String id) {
            for (Shift shift : values()) {
                if (shift.id().equalsIgnoreCase(id.strip())) {
                    return shift;
                }
            }
            throw new IllegalArgumentException("unknown drift '" + id + "'; choose from "
                    + Arrays.stream(values()).map(Shift::id).collect(Collectors.joining(", ")));
        }
    }

    public static final double DEFAULT_TO_MOBILE = 0.5;
    public static final double DEFAULT_PRICE_FACTOR = 1.3;

    public DriftSpec {
        Objects.requireNonNull(shifts, "shifts");
        Objects.requireNonNull(categoryPriceFactors, "categoryPriceFactors");
        if (afterDays < 1) {
            throw new IllegalArgumentException("drift must start after at least 1 day, was after " + afterDays);
        }
        if (shifts.isEmpty()) {
            throw new IllegalArgumentException("a drift needs at least one shift (device, price)");
        }
        shifts = Set.copyOf(EnumSet.copyOf(shifts));
        if (!(toMobile > 0 && toMobile <= 1)) {
            throw new IllegalArgumentException("the share of desktop and tablet impressions moving to mobile must lie"
                    + " in (0, 1], was " + toMobile);
        }
        checkFactor("the price factor", priceFactor);
        Map<String, Double> byCategory = new TreeMap<>();
        for (Map.Entry<String, Double> entry : categoryPriceFactors.entrySet()) {
            String label = entry.getKey().strip().toLowerCase(Locale.ROOT);
            if (categoryIndex(label) < 0) {
                throw new IllegalArgumentException("unknown category '" + entry.getKey() + "' for a price factor;"
                        + " choose from " + Arrays.stream(ProductCategory.values()).map(ProductCategory::label)
                        .collect(Collectors.joining(", ")));
            }
            checkFactor("the price factor of " + label, entry.getValue());
            byCategory.put(label, entry.getValue());
        }
        categoryPriceFactors = java.util.Collections.unmodifiableMap(byCategory);
        if (shifts.contains(Shift.PRICE) && priceFactor == 1.0
                && byCategory.values().stream().allMatch(f -> f == 1.0)) {
            throw new IllegalArgumentException("a price drift needs a price factor other than 1");
        }
    }

    /** Both shifts with their defaults, starting after {@code afterDays} days. */
    public static DriftSpec after(int afterDays) {
        return new DriftSpec(afterDays, EnumSet.allOf(Shift.class), DEFAULT_TO_MOBILE, DEFAULT_PRICE_FACTOR, Map.of());
    }

    public DriftSpec withShifts(Set<Shift> value) {
        return new DriftSpec(afterDays, value, toMobile, priceFactor, categoryPriceFactors);
    }

    public DriftSpec withToMobile(double value) {
        return new DriftSpec(afterDays, shifts, value, priceFactor, categoryPriceFactors);
    }

    public DriftSpec withPriceFactor(double value) {
        return new DriftSpec(afterDays, shifts, toMobile, value, categoryPriceFactors);
    }

    public DriftSpec withCategoryPriceFactors(Map<String, Double> value) {
        return new DriftSpec(afterDays, shifts, toMobile, priceFactor, value);
    }

    public boolean has(Shift shift) {
        return shifts.contains(shift);
    }

    /** The price multiplier of a category label under this drift; 1 when prices do not drift. */
    public double priceFactor(String category) {
        if (!has(Shift.PRICE)) {
            return 1.0;
        }
        return categoryPriceFactors.getOrDefault(category, priceFactor);
    }

    /**
     * A canonical one-line description, for dataset checksums and sources, for example
     * {@code after=7;device(toMobile=0.5);price(x1.3,laptops=0.8)}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder("after=").append(afterDays);
        if (has(Shift.DEVICE)) {
            text.append(";device(toMobile=").append(number(toMobile)).append(')');
        }
        if (has(Shift.PRICE)) {
            text.append(";price(x").append(number(priceFactor));
            categoryPriceFactors.forEach((category, factor) -> text.append(',').append(category).append('=')
                    .append(number(factor)));
            text.append(')');
        }
        return text.toString();
    }

    static int categoryIndex(String label) {
        for (ProductCategory category : ProductCategory.values()) {
            if (category.label().equals(label)) {
                return category.ordinal();
            }
        }
        return -1;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static void checkFactor(String what, Double factor) {
        if (factor == null || !(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException(what + " must be a positive number, was " + factor);
        }
    }
}
