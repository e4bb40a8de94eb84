package io.campaignlab.views.segments;

/**
 * One segment in the table.
 *
 * @param name       its name
 * @param customers  its size
 * @param share      its share of the segmentation's users, 0 to 1
 * @param rule       how it was defined, in words (RFM rule, cluster centre, conditions)
 * @param ctr        clicks per view, or null
 * @param conversion purchases per click, or null
 */
public record SegmentRow(String name, long customers, double share, String rule, Double ctr, Double conversion) {
}
