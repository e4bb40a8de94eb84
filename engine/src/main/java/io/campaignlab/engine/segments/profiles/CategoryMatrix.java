package io.campaignlab.engine.segments.profiles;

import java.util.List;

/**
 * Segment × category shares of purchase lines, for a heatmap: {@code shares[s][c]} is the share of segment
 * {@code s}'s purchase lines in category {@code c}, so each row sums to 1 (0 for an empty segment). Categories are
 * ordered by their share of all lines; beyond {@value SegmentProfiler#MATRIX_CATEGORIES} the rest are summed under
 * {@value #OTHER}.
 *
 * @param population each category's share of all purchase lines
 */
public record CategoryMatrix(List<String> segments, List<String> categories, double[][] shares,
                             double[] population) {

    public static final String OTHER = "(other)";

    public CategoryMatrix {
        segments = List.copyOf(segments);
        categories = List.copyOf(categories);
    }
}
