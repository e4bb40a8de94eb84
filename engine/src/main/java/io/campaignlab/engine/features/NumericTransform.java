package io.campaignlab.engine.features;

/** How a numeric column is transformed. Every transform also gets a missing indicator. */
public enum NumericTransform {
    /** (x − mean) / sd of the training split. */
    STANDARDIZE,
    /** log1p(max(x, 0)), then standardized. For counts and money. */
    LOG1P,
    /** The bucket between training quantiles, as a categorical value. */
    QUANTILE_BUCKETS
}
