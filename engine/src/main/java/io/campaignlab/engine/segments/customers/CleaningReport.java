package io.campaignlab.engine.segments.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What happened to every row read for a segmentation. Each row is counted once, under the first of these that
 * applies, in this order; the counts add up to {@link #rowsRead()}.
 *
 * <ol>
 *   <li>{@code missingCustomer}: no user id (a quarter of the Online Retail lines);</li>
 *   <li>{@code missingTime}: no timestamp;</li>
 *   <li>{@code afterSnapshot}: on or after the snapshot date, so not yet known then;</li>
 *   <li>{@code otherEvents}: events other than purchases (views, clicks, carts); they still count for CTR;</li>
 *   <li>{@code cancellations}: lines of a cancellation invoice, whose number starts with {@code C};</li>
 *   <li>{@code returns}: other lines with a negative quantity (or negative revenue);</li>
 *   <li>{@code zeroQuantity}: quantity zero or missing;</li>
 *   <li>{@code nonPositivePrice}: price zero, negative or missing (revenue zero or missing when the amount is a revenue
 *       column);</li>
 *   <li>{@code purchases}: the purchase lines kept.</li>
 * </ol>
 *
 * <p>Cancellations and returns are excluded, not netted against purchases: a cancellation often refers to an order
 * from before the data starts, and netting would leave customers with negative spend. Monetary value is therefore
 * the gross spend of the purchases kept.
 *
 * @param rowsRead             rows in the dataset
 * @param customers            users with at least one purchase kept: the customers segmented
 * @param usersWithoutPurchase users with an id but no purchase kept (only views, only cancellations, …)
 * @param snapshotDate         the day recency is measured to
 * @param frequency            what frequency counts, e.g. {@code distinct invoice_no}
 * @param amount               how a line's amount is computed, e.g. {@code quantity × unit_price}
 */
public record CleaningReport(long rowsRead, long missingCustomer, long missingTime, long afterSnapshot,
                             long otherEvents, long cancellations, long returns, long zeroQuantity,
                             long nonPositivePrice, long purchases, long customers, long usersWithoutPurchase,
                             java.time.LocalDate snapshotDate, String frequency, String amount) {

    public CleaningReport {
        long sum = missingCustomer + missingTime + afterSnapshot + otherEvents + cancellations + returns
                + zeroQuantity + nonPositivePrice + purchases;
        if (sum != rowsRead) {
            throw new IllegalArgumentException("cleaning counts add up to " + sum + ", not the " + rowsRead
                    + " rows read");
        }
    }

    /** Rows left out for a problem: everything but purchases and other events. */
    public long removed() {
        return missingCustomer + missingTime + afterSnapshot + cancellations + returns + zeroQuantity
                + nonPositivePrice;
    }

    /** The report as sentences for the console. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Rows read: %,d; purchase lines kept: %,d from %,d customers"
                + " (snapshot %s).", rowsRead, purchases, customers, snapshotDate));
        List<String> parts = new ArrayList<>();
        add(parts, missingCustomer, "without a customer");
        add(parts, missingTime, "without a timestamp");
        add(parts, afterSnapshot, "on or after the snapshot");
        add(parts, cancellations, "cancellation lines (invoice C…)");
        add(parts, returns, "returns (negative quantity)");
        add(parts, zeroQuantity, "with zero or no quantity");
        add(parts, nonPositivePrice, "with a zero, negative or missing price");
        lines.add(String.format(Locale.ROOT, "Removed %,d: %s.", removed(),
                parts.isEmpty() ? "none" : String.join("; ", parts)));
        if (otherEvents > 0) {
            lines.add(String.format(Locale.ROOT, "Other events (views, clicks, carts): %,d, used for CTR only.",
                    otherEvents));
        }
        if (usersWithoutPurchase > 0) {
            lines.add(String.format(Locale.ROOT, "Users without a purchase kept: %,d (not segmented).",
                    usersWithoutPurchase));
        }
        lines.add("Frequency = " + frequency + "; monetary = sum of " + amount + ".");
        return lines;
    }

    private static void add(List<String> parts, long count, String what) {
        if (count > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s", count, what));
        }
    }
}
