package io.campaignlab.engine.segments.customers;

/**
 * Funnel counts per customer from an events dataset (views, clicks, purchases), for CTR and conversion profiles.
 * Arrays are aligned with the {@link CustomerTable}; purchases are the purchase events kept.
 */
public record EventCounts(long[] views, long[] clicks, long[] purchases) {

    public EventCounts {
        if (views.length != clicks.length || views.length != purchases.length) {
            throw new IllegalArgumentException("event count arrays differ in length");
        }
    }
}
