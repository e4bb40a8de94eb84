package io.campaignlab.engine.segments.rfm;

import io.campaignlab.engine.segments.customers.CleaningReport;
import io.campaignlab.engine.segments.profiles.ProfileReport;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of an RFM segmentation.
 *
 * @param segmentationId the stored segmentation (0 before it is stored)
 * @param dataset        the dataset segmented
 * @param snapshot       the day recency is measured to
 * @param cleaning       what happened to each row
 * @param segments       the named segments in grid order, empty ones included
 * @param scores         the value range of each score, recency first
 * @param grid           customers per cell: {@code grid[r − 1][f − 1]} for recency score r and frequency score f
 * @param profiles       each segment against the population
 * @param notes          how ties changed the scores ({@link RfmScores#notes}); empty when they did not
 */
public record RfmSegmentation(long segmentationId, String dataset, LocalDate snapshot, CleaningReport cleaning,
                              List<RfmSegment> segments, List<ScoreRange> scores, int[][] grid,
                              ProfileReport profiles, List<String> notes) {

    public RfmSegmentation {
        segments = List.copyOf(segments);
        scores = List.copyOf(scores);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public RfmSegmentation withSegmentationId(long id) {
        return new RfmSegmentation(id, dataset, snapshot, cleaning, segments, scores, grid, profiles, notes);
    }

    /** The notes on the scores, then why each empty segment is empty: what a reader of the result is told. */
    public List<String> explanations() {
        List<String> lines = new java.util.ArrayList<>(notes);
        for (RfmSegment s : segments) {
            if (s.customers() == 0 && s.emptyReason() != null) {
                lines.add(s.name() + ": " + s.emptyReason());
            }
        }
        return lines;
    }

    /** The segment of this name. */
    public RfmSegment segment(String name) {
        return segments.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("no RFM segment " + name));
    }
}
