package io.campaignlab.engine.features;

import java.util.Objects;

/**
 * One input field.
 *
 * @param column          the dataset column (or behavioural aggregate) it reads
 * @param kind            how it becomes input
 * @param encoding        for categorical and multi-valued fields
 * @param minCount        vocabulary (and {@link NumericTransform#LOG_SQUARED} categories): values seen fewer
 *                        times in training go to OOV
 * @param hashBuckets     hashing: the bucket count
 * @param transform       for numeric fields
 * @param quantileBuckets quantile buckets: how many
 * @param maxValues       multi-valued: how many values are kept (the last N)
 */
public record FieldSpec(String column, FieldKind kind, CategoricalEncoding encoding, int minCount, int hashBuckets,
                        NumericTransform transform, int quantileBuckets, int maxValues) {

    public static final int DEFAULT_MIN_COUNT = 5;
    public static final int DEFAULT_HASH_BUCKETS = 8192;
    public static final int DEFAULT_QUANTILE_BUCKETS = 10;
    public static final int DEFAULT_MAX_VALUES = 5;

    public FieldSpec {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        encoding = encoding == null ? CategoricalEncoding.VOCABULARY : encoding;
        transform = transform == null ? NumericTransform.STANDARDIZE : transform;
        if (minCount < 1 || hashBuckets < 1 || quantileBuckets < 2 || maxValues < 1) {
            throw new IllegalArgumentException("field " + column + ": minCount, hashBuckets and maxValues must be"
                    + " positive and quantileBuckets at least 2");
        }
    }

    public static FieldSpec categorical(String column) {
        return new FieldSpec(column, FieldKind.CATEGORICAL, CategoricalEncoding.VOCABULARY, DEFAULT_MIN_COUNT,
                DEFAULT_HASH_BUCKETS, null, DEFAULT_QUANTILE_BUCKETS, DEFAULT_MAX_VALUES);
    }

    public static FieldSpec hashed(String column, int buckets) {
        return new FieldSpec(column, FieldKind.CATEGORICAL, CategoricalEncoding.HASHING, DEFAULT_MIN_COUNT, buckets,
                null, DEFAULT_QUANTILE_BUCKETS, DEFAULT_MAX_VALUES);
    }

    public static FieldSpec numeric(String column, NumericTransform transform) {
        return new FieldSpec(column, FieldKind.NUMERIC, null, DEFAULT_MIN_COUNT, DEFAULT_HASH_BUCKETS, transform,
                DEFAULT_QUANTILE_BUCKETS, DEFAULT_MAX_VALUES);
    }

    public static FieldSpec timestamp(String column) {
        return new FieldSpec(column, FieldKind.TIMESTAMP, null, DEFAULT_MIN_COUNT, DEFAULT_HASH_BUCKETS, null,
                DEFAULT_QUANTILE_BUCKETS, DEFAULT_MAX_VALUES);
    }

    public static FieldSpec multiValued(String column, int maxValues) {
        return new FieldSpec(column, FieldKind.MULTI_VALUED, CategoricalEncoding.VOCABULARY, 1,
                DEFAULT_HASH_BUCKETS, null, DEFAULT_QUANTILE_BUCKETS, maxValues);
    }

    public FieldSpec withEncoding(CategoricalEncoding value) {
        return new FieldSpec(column, kind, value, minCount, hashBuckets, transform, quantileBuckets, maxValues);
    }

    public FieldSpec withMinCount(int value) {
        return new FieldSpec(column, kind, encoding, value, hashBuckets, transform, quantileBuckets, maxValues);
    }

    public FieldSpec withHashBuckets(int value) {
        return new FieldSpec(column, kind, encoding, minCount, value, transform, quantileBuckets, maxValues);
    }

    public FieldSpec withTransform(NumericTransform value) {
        return new FieldSpec(column, kind, encoding, minCount, hashBuckets, value, quantileBuckets, maxValues);
    }

    public FieldSpec withQuantileBuckets(int value) {
        return new FieldSpec(column, kind, encoding, minCount, hashBuckets, transform, value, maxValues);
    }

    /** A short description for tables and logs, for example {@code device: vocab(min 5)}. */
    public String describe() {
        return column + ": " + switch (kind) {
            case CATEGORICAL -> encoding == CategoricalEncoding.HASHING ? "hash(" + hashBuckets + ")"
                    : "vocab(min " + minCount + ")";
            case NUMERIC -> transform == NumericTransform.QUANTILE_BUCKETS ? "quantiles(" + quantileBuckets + ")"
                    : transform == NumericTransform.LOG_SQUARED ? "logsq(min " + minCount + ")"
                    : transform.name().toLowerCase(java.util.Locale.ROOT);
            case TIMESTAMP -> "hour + weekday";
            case MULTI_VALUED -> "last " + maxValues + " (mean)";
        };
    }
}
