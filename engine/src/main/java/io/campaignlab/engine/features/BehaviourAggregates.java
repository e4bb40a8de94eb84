package io.campaignlab.engine.features;

import io.campaignlab.engine.jobs.CancellationToken;

import java.util.List;

/**
 * Leakage-free behavioural aggregates for example rows (impressions) from an event log. Every aggregate of an
 * example at time t uses only events and earlier examples with time strictly before t: examples at the same
 * timestamp never see each other (nor their labels), and events at exactly t are not counted.
 * <p>
 * Numeric aggregates (names are the column names the features see):
 * <ul>
 *   <li>{@code bh_user_impressions}: the user's earlier examples;</li>
 *   <li>{@code bh_user_ctr}: the user's earlier clicks / earlier examples, smoothed toward the global earlier rate
 *       with {@link #PRIOR_WEIGHT} pseudo-examples: {@code (clicks + PRIOR_WEIGHT × g) / (labelled + PRIOR_WEIGHT)},
 *       where g is the click rate of all examples strictly before t, or 0 when there is none (no earlier labelled
 *       example, or {@code clicks} is null). Labels are summed as given (1/0); NaN labels count as impressions but
 *       not in any click rate;</li>
 *   <li>{@code bh_user_views}, {@code bh_user_purchases}: the user's earlier events of type {@code view} and
 *       {@code purchase} (compared case-insensitively, ignoring surrounding blanks);</li>
 *   <li>{@code bh_user_recency_h}: hours since the user's last earlier event, NaN when none;</li>
 *   <li>{@code bh_user_category_share}: the share of the user's earlier events in the example item's category,
 *       Laplace-smoothed: {@code (n_c + 1) / (n + K)}, where n_c is the user's earlier events in that category, n
 *       the user's earlier events with a category, and K the number of distinct categories among all earlier events,
 *       plus one when the example's category is not among them (so a user with no history gets 1 / K). NaN when the
 *       example's category is null;</li>
 *   <li>{@code bh_item_popularity}: the item's earlier events (of any type);</li>
 *   <li>{@code bh_item_ctr}: the item's earlier clicks / earlier examples, smoothed like the user's.</li>
 * </ul>
 * Multi-valued: {@code bh_user_last_categories}, the categories of the user's last N earlier events that have a
 * category, oldest first, joined with {@code |} (null when none). Events with equal times count in log order.
 * <p>
 * Computed by one sweep over the examples and events in time order (stable sorts), with per-user and per-item
 * counters in primitive arrays indexed through a {@code long → int} map: O((examples + events) log) time.
 */
public final class BehaviourAggregates {

    public static final String PREFIX = "bh_";
    public static final double PRIOR_WEIGHT = 20;
    public static final List<String> NUMERIC = List.of("bh_user_impressions", "bh_user_ctr", "bh_user_views",
            "bh_user_purchases", "bh_user_recency_h", "bh_user_category_share", "bh_item_popularity", "bh_item_ctr");
    public static final String LAST_CATEGORIES = "bh_user_last_categories";

    private BehaviourAggregates() {
    }

    public static boolean isAggregate(String column) {
        return column.startsWith(PREFIX);
    }

    /**
     * Computes every aggregate for every example.
     *
     * @param examples the example rows; {@code clicks} may be null (then the CTR aggregates are the prior)
     * @param events   the event log
     * @param lastN    how many last categories to keep (positive)
     * @param cancel   checked every 65,536 rows; may be null
     * @throws IllegalArgumentException when an array is null (other than {@code clicks}) or the lengths differ, or
     *                                  {@code lastN} is not positive
     */
    public static BehaviourColumns compute(ExampleLog examples, EventLog events, int lastN, CancellationToken cancel) {
        return new AggregateSweep(examples, events, lastN, cancel).run();
    }

    /**
     * Example rows.
     *
     * @param users      user id per row
     * @param items      item id per row
     * @param categories the item's category per row (may contain nulls)
     * @param times      epoch millis per row
     * @param clicks     the click label per row (1/0), or null
     */
    public record ExampleLog(long[] users, long[] items, String[] categories, long[] times, double[] clicks) {
    }

    /**
     * Events.
     *
     * @param users      user id per event
     * @param items      item id per event
     * @param types      event type per event ({@code view}, {@code click}, {@code cart}, {@code purchase}, ...)
     * @param categories the item's category per event (may contain nulls)
     * @param times      epoch millis per event
     */
    public record EventLog(long[] users, long[] items, String[] types, String[] categories, long[] times) {
    }

    /**
     * The aggregates, row-aligned with the examples.
     *
     * @param numeric        one array per name of {@link #NUMERIC}, in that order
     * @param lastCategories {@link #LAST_CATEGORIES} per row
     */
    public record BehaviourColumns(List<double[]> numeric, String[] lastCategories) {
    }
}
