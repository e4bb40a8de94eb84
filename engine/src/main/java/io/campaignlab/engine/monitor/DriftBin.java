package io.campaignlab.engine.monitor;

/**
 * One bar of a reference-versus-current chart: a numeric bin or a category, with each sample's share of its
 * non-missing values.
 *
 * @param label          a category, or a bin written as {@code (lower, upper]}
 * @param lower          a numeric bin's lower edge (exclusive except for the first bin, which starts at the lowest
 *                       value of either sample); NaN for categories
 * @param upper          a numeric bin's upper edge (inclusive); NaN for categories
 * @param referenceShare the reference's share in the bin
 * @param currentShare   the current sample's share in the bin
 */
public record DriftBin(String label, double lower, double upper, double referenceShare, double currentShare) {

    public static DriftBin category(String label, double referenceShare, double currentShare) {
        return new DriftBin(label, Double.NaN, Double.NaN, referenceShare, currentShare);
    }
}
