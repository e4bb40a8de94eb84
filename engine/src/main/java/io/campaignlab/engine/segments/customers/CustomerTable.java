package io.campaignlab.engine.segments.customers;

import java.time.LocalDate;

/**
 * One row per customer: the behaviour a segmentation works on. Arrays are row-aligned and must not be changed.
 *
 * @param snapshot    the day recency and tenure are measured to
 * @param userIds     each customer's id, as text
 * @param recencyDays days from the day of the last purchase to the snapshot (1 = bought the day before it)
 * @param frequency   orders (distinct invoices, or purchase events)
 * @param monetary    the gross spend of the purchases kept
 * @param tenureDays  days from the day of the first purchase to the snapshot
 */
public record CustomerTable(LocalDate snapshot, String[] userIds, int[] recencyDays, int[] frequency,
                            double[] monetary, int[] tenureDays) {

    public CustomerTable {
        int n = userIds.length;
        if (recencyDays.length != n || frequency.length != n || monetary.length != n || tenureDays.length != n) {
            throw new IllegalArgumentException("customer columns must all have " + n + " rows");
        }
    }

    public int size() {
        return userIds.length;
    }

    /** Spend per order of customer {@code i}. */
    public double averageOrderValue(int i) {
        return frequency[i] == 0 ? 0 : monetary[i] / frequency[i];
    }
}
