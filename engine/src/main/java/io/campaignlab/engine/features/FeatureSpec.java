package io.campaignlab.engine.features;

import java.util.List;

/**
 * Every input field of a model, plus optional behavioural aggregates.
 *
 * @param fields    the fields, in input order
 * @param behaviour the aggregates to compute, or null for none
 */
public record FeatureSpec(List<FieldSpec> fields, BehaviourSpec behaviour) {

    public FeatureSpec {
        fields = List.copyOf(fields);
        if (fields.isEmpty() && behaviour == null) {
            throw new IllegalArgumentException("a model needs at least one feature");
        }
    }

    /** The dataset columns the fields read (behavioural aggregates excluded). */
    public List<String> datasetColumns() {
        return fields.stream().map(FieldSpec::column).filter(c -> !BehaviourAggregates.isAggregate(c)).distinct()
                .toList();
    }
}
