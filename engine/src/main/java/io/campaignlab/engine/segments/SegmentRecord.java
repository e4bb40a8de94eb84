package io.campaignlab.engine.segments;

/**
 * A stored segment.
 *
 * @param id             the segment id, shown as {@code SEGMENT} in the CLI
 * @param segmentationId the segmentation it belongs to
 * @param position       its place in the segmentation, from 0
 * @param members        how many users it holds
 */
public record SegmentRecord(long id, long segmentationId, int position, String name, String definitionJson,
                            long members) {
}
