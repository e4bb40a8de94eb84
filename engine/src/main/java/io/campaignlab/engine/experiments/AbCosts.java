package io.campaignlab.engine.experiments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;

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

    /**
     * Costs for a dataset, the revenue and conversion columns defaulting to those with the revenue and label roles.
     *
     * @param revenue    the revenue column, or null for the dataset's column with the revenue role
     * @param conversion the conversion column, or null for the one with the label role (needed with a cost per
     *                   conversion only)
     * @throws IllegalArgumentException naming the option to give when a default column is missing
     */
    public static AbCosts resolve(DatasetInfo dataset, double perUnit, double perConversion, String revenue,
                                  String conversion) {
        String rev = revenue != null ? revenue : role(dataset, ColumnRole.REVENUE, "--revenue COL");
        String conv = conversion != null ? conversion : perConversion > 0
                ? role(dataset, ColumnRole.LABEL, "--conversion COL") : null;
        return new AbCosts(perUnit, perConversion, rev, conv);
    }

    private static String role(DatasetInfo dataset, ColumnRole role, String option) {
        return dataset.columnsWithRole(role).stream().findFirst().map(ColumnMeta::name).orElseThrow(() ->
                new IllegalArgumentException(dataset.name() + " has no column with the " + role.name().toLowerCase(
                        java.util.Locale.ROOT) + " role; name it (" + option + ")"));
    }

    /** A unit's cost: nothing in control; in a treatment arm the unit cost plus the conversion cost if it converted. */
    double of(boolean treated, double converted) {
        return treated ? perUnit + (perConversion == 0 ? 0 : perConversion * converted) : 0;
    }
}
