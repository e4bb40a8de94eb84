package io.campaignlab.engine.explain.pdp;

/**
 * The partial dependence of the score on one numeric field, with individual curves and the column's histogram.
 *
 * @param field           the field's name
 * @param column          the raw column it reads (the one set to each grid value)
 * @param grid            raw values, ascending, without repeats
 * @param pd              the mean score over the sample rows with the column set to each grid value
 * @param ice             per ICE row, its score at each grid value ({@code ice[row][k]})
 * @param histogramEdges  bin edges of the column's non-missing values in the frame (bins + 1)
 * @param histogramCounts values per bin; the last bin includes its upper edge
 * @param rows            sample rows averaged
 */
public record PdCurve(String field, String column, double[] grid, double[] pd, double[][] ice,
                      double[] histogramEdges, long[] histogramCounts, int rows) {
}
