package io.campaignlab.engine.segments.profiles;

/**
 * How much of a segment's purchase lines fall in one category.
 *
 * @param share the category's share of the segment's purchase lines, 0 to 1
 * @param index 100 × share / the category's share of all purchase lines (100 = as usual)
 */
public record CategoryShare(String category, double share, double index) {
}
