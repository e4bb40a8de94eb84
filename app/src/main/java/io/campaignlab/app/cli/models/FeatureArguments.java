package io.campaignlab.app.cli.models;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.BehaviourAggregates;
import io.campaignlab.engine.features.BehaviourSpec;
import io.campaignlab.engine.features.CategoricalEncoding;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses {@code --features}: a comma-separated list of {@code column[:transform[=n]]}, where transform is
 * {@code cat} (vocabulary, {@code =n} the min count), {@code hash} ({@code =n} buckets), {@code std}, {@code log1p},
 * {@code quantiles} ({@code =n} buckets), {@code logsq} (⌊ln(x)²⌋ categories of counts, {@code =n} the min count),
 * {@code time} or {@code multi} ({@code =n} values kept). A bare column
 * gets its default from its role and type. Without {@code --features}, every usable column is taken.
 */
public final class FeatureArguments {

    private FeatureArguments() {
    }

    static FeatureSpec parse(String features, DatasetInfo dataset, List<String> labels, String behaviourEvents) {
        List<FieldSpec> defaults = FeatureDefaults.fields(dataset.columns(), labels);
        List<FieldSpec> fields = new ArrayList<>();
        if (features == null || features.isBlank()) {
            fields.addAll(defaults);
        } else {
            for (String item : features.split(",")) {
                if (!item.isBlank()) {
                    fields.add(field(item.trim(), dataset, defaults));
                }
            }
        }
        BehaviourSpec behaviour = null;
        if (behaviourEvents != null) {
            behaviour = new BehaviourSpec(behaviourEvents, BehaviourSpec.DEFAULT_LAST_N);
            fields.addAll(FeatureDefaults.behaviourFields(behaviour));
        }
        return new FeatureSpec(fields, behaviour);
    }

    private static FieldSpec field(String item, DatasetInfo dataset, List<FieldSpec> defaults) {
        String[] parts = item.split(":", 2);
        String column = parts[0].trim();
        if (!BehaviourAggregates.isAggregate(column) && dataset.column(column).isEmpty()) {
            throw new IllegalArgumentException("--features names column '" + column + "', which dataset "
                    + dataset.name() + " does not have");
        }
        String name = BehaviourAggregates.isAggregate(column) ? column
                : dataset.column(column).orElseThrow().name();
        if (parts.length == 1) {
            return defaults.stream().filter(f -> f.column().equals(name)).findFirst()
                    .orElse(FieldSpec.categorical(name));
        }
        String[] transform = parts[1].split("=", 2);
        Integer n = transform.length == 2 ? Integer.valueOf(transform[1].trim()) : null;
        return switch (transform[0].trim().toLowerCase(Locale.ROOT)) {
            case "cat" -> n == null ? FieldSpec.categorical(name) : FieldSpec.categorical(name).withMinCount(n);
            case "hash" -> FieldSpec.hashed(name, n == null ? FieldSpec.DEFAULT_HASH_BUCKETS : n);
            case "std" -> FieldSpec.numeric(name, NumericTransform.STANDARDIZE);
            case "log1p" -> FieldSpec.numeric(name, NumericTransform.LOG1P);
            case "quantiles" -> FieldSpec.numeric(name, NumericTransform.QUANTILE_BUCKETS)
                    .withQuantileBuckets(n == null ? FieldSpec.DEFAULT_QUANTILE_BUCKETS : n);
            case "logsq" -> n == null ? FieldSpec.numeric(name, NumericTransform.LOG_SQUARED)
                    : FieldSpec.numeric(name, NumericTransform.LOG_SQUARED).withMinCount(n);
            case "time" -> FieldSpec.timestamp(name);
            case "multi" -> FieldSpec.multiValued(name, n == null ? FieldSpec.DEFAULT_MAX_VALUES : n)
                    .withEncoding(CategoricalEncoding.VOCABULARY);
            default -> throw new IllegalArgumentException("unknown transform '" + transform[0] + "' in --features "
                    + item + "; use cat, hash, std, log1p, quantiles, logsq, time or multi");
        };
    }
}
