package io.campaignlab.engine.campaigns.forecast;

/**
 * Where a forecast finds each user's list price and unit cost, which a dynamic discount is priced from (when
 * serving, the request's context carries them as {@code price} and {@code unit_cost}).
 *
 * @param dataset        a dataset with a user id column, one row per user (the last row counts when there are several)
 * @param priceColumn    its list price column
 * @param unitCostColumn its unit cost column
 * @param armColumn      when the dataset is a randomized test of the menu's levels, its column of each user's
 *                       randomized discount in percent (else null): with {@code outcomeColumn} it corrects the
 *                       response runs' forecast by what the users did (doubly robust)
 * @param outcomeColumn  the test's 1/0 purchase column, or null
 */
public record PriceSource(String dataset, String priceColumn, String unitCostColumn, String armColumn,
                          String outcomeColumn) {

    public PriceSource {
        if (dataset == null || dataset.isBlank() || priceColumn == null || priceColumn.isBlank()
                || unitCostColumn == null || unitCostColumn.isBlank()) {
            throw new IllegalArgumentException("a price source needs a dataset, a price column and a unit cost column");
        }
        if ((armColumn == null) != (outcomeColumn == null)) {
            throw new IllegalArgumentException("a randomized test needs both its arm and its outcome column");
        }
    }

    /** Prices only, no randomized test. */
    public PriceSource(String dataset, String priceColumn, String unitCostColumn) {
        this(dataset, priceColumn, unitCostColumn, null, null);
    }

    /**
     * The simulator's randomized discount test: {@code discount_test}, {@code list_price}, {@code unit_cost}, arms in
     * {@code discount_pct}, outcomes in {@code converted}.
     */
    public static PriceSource simulated() {
        return new PriceSource("discount_test", "list_price", "unit_cost", "discount_pct", "converted");
    }
}
