package io.campaignlab.engine.features;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Suggests input fields from column roles and types, for the train form and the CLI's default. */
public final class FeatureDefaults {

    private FeatureDefaults() {
    }

    /**
     * The label column: the first column with role label, if any.
     */
    public static Optional<String> label(List<ColumnMeta> columns) {
        return columns.stream().filter(c -> c.role() == ColumnRole.LABEL).map(ColumnMeta::name).findFirst();
    }

    /**
     * One field per usable column; labels (every column with role label, so a second label never leaks in),
     * ignored, ground-truth and id-like columns are left out. Categories become vocabulary fields; integers quantile
     * buckets (positions, hours and small counts get about one row per value, so their effects need not be
     * linear); decimals are standardized (log1p for prices and amounts); times become hour and weekday. User and
     * item ids are left out (they over-fit); behavioural aggregates stand in for them.
     */
    public static List<FieldSpec> fields(List<ColumnMeta> columns, List<String> labels) {
        List<FieldSpec> fields = new ArrayList<>();
        for (ColumnMeta column : columns) {
            if (labels.contains(column.name()) || column.groundTruth() || column.role() == ColumnRole.IGNORE) {
                continue;
            }
            Optional<FieldSpec> field = fieldFor(column);
            field.ifPresent(fields::add);
        }
        return fields;
    }

    private static Optional<FieldSpec> fieldFor(ColumnMeta column) {
        ColumnRole role = column.role();
        if (role == ColumnRole.USER_ID || role == ColumnRole.ITEM_ID) {
            // ids memorise the few rows each id has and over-fit (on simulator impressions a hashed item id cost
            // 0.01 test AUC); behavioural aggregates carry the user and the item instead. Add them by hand
            // (item_id:hash=N) where ids have many rows each.
            return Optional.empty();
        }
        if (role == ColumnRole.LABEL || role == ColumnRole.SESSION_ID || role == ColumnRole.TREATMENT
                || role == ColumnRole.GROUP || column.name().endsWith("_id")) {
            return Optional.empty();
        }
        return switch (column.type()) {
            case CATEGORY, BOOLEAN -> Optional.of(FieldSpec.categorical(column.name()));
            case INTEGER -> Optional.of(FieldSpec.numeric(column.name(), NumericTransform.QUANTILE_BUCKETS));
            case DECIMAL -> Optional.of(FieldSpec.numeric(column.name(),
                    role == ColumnRole.PRICE || role == ColumnRole.REVENUE
                            || role == ColumnRole.QUANTITY ? NumericTransform.LOG1P
                            : NumericTransform.STANDARDIZE));
            case TIMESTAMP -> role == ColumnRole.TIMESTAMP ? Optional.of(FieldSpec.timestamp(column.name()))
                    : Optional.empty();
            case TEXT -> Optional.empty();
        };
    }

    /**
     * The fields of the behavioural aggregates: counts log1p-scaled, rates and shares standardized, recency cut
     * into quantile buckets (its missing value, "never seen", gets its own row), and the last categories pooled.
     */
    public static List<FieldSpec> behaviourFields(BehaviourSpec behaviour) {
        List<FieldSpec> fields = new ArrayList<>();
        for (String name : BehaviourAggregates.NUMERIC) {
            NumericTransform transform = name.endsWith("_ctr") || name.endsWith("_share") ? NumericTransform.STANDARDIZE
                    : name.endsWith("_recency_h") ? NumericTransform.QUANTILE_BUCKETS : NumericTransform.LOG1P;
            fields.add(FieldSpec.numeric(name, transform));
        }
        fields.add(FieldSpec.multiValued(BehaviourAggregates.LAST_CATEGORIES, behaviour.lastN()));
        return fields;
    }
}
