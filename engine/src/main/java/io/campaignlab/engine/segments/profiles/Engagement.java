package io.campaignlab.engine.segments.profiles;

/**
 * The funnel of a group of customers in an events dataset. CTR is clicks per view; conversion is purchases per
 * click. A rate is null when its denominator is 0; an index is 100 × rate / the population's rate.
 */
public record Engagement(long views, long clicks, long purchases, Double ctr, Double conversion, Double ctrIndex,
                         Double conversionIndex) {
}
