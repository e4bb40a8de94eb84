package io.campaignlab.engine.segments;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Stored segmentations, their segments and members. Implemented by the workspace; every method does I/O. */
public interface SegmentRepository {

    /**
     * Stores a segmentation, its segments and all their members in one transaction: on any failure nothing of it is
     * left.
     */
    SegmentationRecord save(NewSegmentation segmentation);

    /** Every segmentation, newest first, each with its segments in order. */
    List<SegmentationRecord> list();

    Optional<SegmentationRecord> find(long segmentationId);

    Optional<SegmentRecord> segment(long segmentId);

    /** The user ids of a segment, in ascending text order. */
    List<String> members(long segmentId);

    /** The full result stored with a segmentation, as JSON, when it has one. */
    Optional<String> report(long segmentationId);

    /** Deletes a segmentation with its segments and members. */
    void delete(long segmentationId);

    /** The segmentation or a {@link NoSuchElementException} naming it. */
    default SegmentationRecord require(long segmentationId) {
        return find(segmentationId).orElseThrow(() -> new NoSuchElementException("no segmentation "
                + segmentationId));
    }
}
