package io.campaignlab.engine.segments.customers;

/**
 * Everything a segmentation needs from one dataset once cleaned.
 *
 * @param columns    the columns it was read from
 * @param cleaning   what happened to each row
 * @param customers  one row per customer
 * @param categories the category of each purchase line, or null without a category column
 * @param events     funnel counts per customer, or null without an event type column
 */
public record CustomerData(SegmentColumns columns, CleaningReport cleaning, CustomerTable customers,
                           CategoryPurchases categories, EventCounts events) {
}
