package io.campaignlab.views.models;

import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.features.CategoricalEncoding;
import io.campaignlab.engine.features.FieldKind;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.views.common.Caption;

import java.util.List;

/** How the train form offers to turn a column into model input: one choice per field kind and encoding. */
public enum FieldTreatment {
    VOCABULARY("vocabulary", "One embedding row per value seen at least " + FieldSpec.DEFAULT_MIN_COUNT
            + " times in training; rarer values share the out-of-vocabulary row."),
    HASHING("hashing", "Values hash into a fixed number of buckets: nothing is out of vocabulary. For ids and"
            + " values with very many levels."),
    STANDARDIZE("standardize", "(x − mean) / sd of the training split, with a missing-value indicator."),
    LOG1P("log1p", "log(1 + x), then standardized: for counts, prices and amounts."),
    QUANTILES("quantile buckets", "The training-split decile the value falls in, as a category."),
    LOG_SQUARED("⌊ln² x⌋ buckets", "Counts as categories: ⌊ln(x)²⌋ above 2, and 0, 1, 2 and negatives each their"
            + " own (the Criteo winners' treatment)."),
    HOUR_WEEKDAY("hour + weekday", "The hour of day and the day of week, as two categorical fields."),
    LAST_VALUES("last values (mean)", "The last few values of a | separated list, embeddings averaged.");

    private final Caption caption;

    FieldTreatment(String label, String help) {
        this.caption = new Caption(label, help);
    }

    /** The treatment's name and what it does, for tooltips. */
    public Caption caption() {
        return caption;
    }

    @Override
    public String toString() {
        return caption.title();
    }

    /** The treatment a spec already has. */
    public static FieldTreatment of(FieldSpec spec) {
        return switch (spec.kind()) {
            case CATEGORICAL -> spec.encoding() == CategoricalEncoding.HASHING ? HASHING : VOCABULARY;
            case NUMERIC -> switch (spec.transform()) {
                case STANDARDIZE -> STANDARDIZE;
                case LOG1P -> LOG1P;
                case QUANTILE_BUCKETS -> QUANTILES;
                case LOG_SQUARED -> LOG_SQUARED;
            };
            case TIMESTAMP -> HOUR_WEEKDAY;
            case MULTI_VALUED -> LAST_VALUES;
        };
    }

    /** The treatments that make sense for a column of this type, the spec's own among them. */
    public static List<FieldTreatment> choices(ColumnType type, FieldSpec spec) {
        if (spec.kind() == FieldKind.MULTI_VALUED) {
            return List.of(LAST_VALUES);
        }
        return switch (type) {
            case INTEGER, DECIMAL -> List.of(STANDARDIZE, LOG1P, QUANTILES, LOG_SQUARED, VOCABULARY, HASHING);
            case TIMESTAMP -> List.of(HOUR_WEEKDAY);
            case CATEGORY, BOOLEAN, TEXT -> List.of(VOCABULARY, HASHING);
        };
    }

    /** The spec with this treatment, keeping its counts and bucket sizes. */
    public FieldSpec apply(FieldSpec spec) {
        return switch (this) {
            case VOCABULARY -> as(spec, FieldKind.CATEGORICAL, CategoricalEncoding.VOCABULARY, spec.transform());
            case HASHING -> as(spec, FieldKind.CATEGORICAL, CategoricalEncoding.HASHING, spec.transform());
            case STANDARDIZE -> as(spec, FieldKind.NUMERIC, spec.encoding(), NumericTransform.STANDARDIZE);
            case LOG1P -> as(spec, FieldKind.NUMERIC, spec.encoding(), NumericTransform.LOG1P);
            case QUANTILES -> as(spec, FieldKind.NUMERIC, spec.encoding(), NumericTransform.QUANTILE_BUCKETS);
            case LOG_SQUARED -> as(spec, FieldKind.NUMERIC, spec.encoding(), NumericTransform.LOG_SQUARED);
            case HOUR_WEEKDAY -> as(spec, FieldKind.TIMESTAMP, spec.encoding(), spec.transform());
            case LAST_VALUES -> as(spec, FieldKind.MULTI_VALUED, spec.encoding(), spec.transform());
        };
    }

    private static FieldSpec as(FieldSpec spec, FieldKind kind, CategoricalEncoding encoding,
                                NumericTransform transform) {
        return new FieldSpec(spec.column(), kind, encoding, spec.minCount(), spec.hashBuckets(), transform,
                spec.quantileBuckets(), spec.maxValues());
    }
}
