package io.campaignlab.engine.experiments;

import java.util.List;

/**
 * A whole A/B readout: health first, then the comparisons.
 *
 * @param dataset      the dataset read
 * @param spec         what was asked
 * @param arms         every arm, control first
 * @param srm          the sample-ratio check against the allocation
 * @param overlapUnits units assigned to more than one arm (−1 when no unit column was given)
 * @param comparisons  each treatment × metric against control, p-values adjusted by the spec's correction
 * @param cuped        the CUPED-adjusted comparisons (empty without a covariate)
 * @param bayesian     the Bayesian view of each comparison
 * @param sequential   cumulative looks with confidence sequences (empty without a time column)
 * @param skippedRows  rows without an arm label
 */
public record AbReadout(String dataset, AbSpec spec, List<String> arms, SampleRatioCheck srm, long overlapUnits,
                        List<Comparison> comparisons, List<Cuped> cuped, List<BayesianComparison> bayesian,
                        List<SequentialSeries> sequential, long skippedRows) {

    /** The report kind under which readouts are stored. */
    public static final String KIND = "ab";

    /** Whether the readout must be acknowledged before it is trusted: the sample ratio is off. */
    public boolean blocked() {
        return srm.mismatch();
    }
}
