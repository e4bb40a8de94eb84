package io.campaignlab.engine.features;

/** How a numeric column is transformed. Every transform also gets a missing indicator. */
public enum NumericTransform {
    /** (x − mean) / sd of the training split. */
    STANDARDIZE,
    /** log1p(max(x, 0)), then standardized. For counts and money. */
    LOG1P,
    /** The bucket between training quantiles, as a categorical value. */
    QUANTILE_BUCKETS,
    /**
     * The Criteo winners' treatment of counts (libffm, "3 idiots", Kaggle 2014): x &gt; 2 becomes the category
     * ⌊ln(x)²⌋, and any other value (0, 1, 2, negatives) is a category of its own. Orders of magnitude, without
     * quantile edges that move with the sample.
     */
    LOG_SQUARED
}
