package io.campaignlab.engine.segments.rfm;

/**
 * One named RFM segment of a result.
 *
 * @param rule      its cells of the grid as text, e.g. {@code R 5 and F 4-5}
 * @param customers its size
 * @param share     its share of the customers
 * @param emptyReason why it has no customers ({@link RfmGrid#emptyReason}); null when it has some, or in a result
 *                    stored before the reason was kept
 */
public record RfmSegment(String name, String rule, String description, int customers, double share,
                         String emptyReason) {
}
