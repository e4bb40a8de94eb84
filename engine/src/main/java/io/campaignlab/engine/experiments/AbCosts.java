package io.campaignlab.engine.experiments;

/**
 * What a treatment costs, to read an A/B test net of it: a cost per treated unit (a mailing, a banner) and a cost per
 * treated conversion (a coupon redeemed). Control units cost nothing.
 *
 * @param perUnit       cost of each unit in a treatment arm
 * @param perConversion cost of each conversion in a treatment arm
 * @param revenue       the revenue column (money per unit)
 * @param conversion    the 0/1 conversion column; needed when {@code perConversion} is not 0, else may be null
 */
public record AbCosts(double perUnit, double perConversion, String revenue, String conversion) {

    public AbCosts {
        if (!(perUnit >= 0) || !(perConversion >= 0) || Double.isInfinite(perUnit)
                || Double.isInfinite(perConversion)) {
            throw new IllegalArgumentException("costs must be numbers of at least 0, not " + perUnit + " per unit and "
                    + perConversion + " per conversion");
        }
        if (perUnit == 0 && perConversion == 0) {
            throw new IllegalArgumentException("give a cost per unit or a cost per conversion (or both)");
        }
        if (revenue == null || revenue.isBlank()) {
            throw new IllegalArgumentException("the revenue column is needed to read the test net of its cost");
        }
        if (perConversion > 0 && (conversion == null || conversion.isBlank())) {
            throw new IllegalArgumentException("a cost per conversion needs the 0/1 conversion column");
        }
    }

    /** A unit's cost: nothing in control; in a treatment arm the unit cost plus the conversion cost if it converted. */
    double of(boolean treated, double converted) {
        return treated ? perUnit + (perConversion == 0 ? 0 : perConversion * converted) : 0;
    }
}
