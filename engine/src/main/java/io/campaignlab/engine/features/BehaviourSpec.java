package io.campaignlab.engine.features;

import java.util.Objects;

/**
 * Behavioural aggregates to add to an example dataset (impressions) from an events dataset, each computed only from
 * what happened strictly before the example's timestamp. See {@link BehaviourAggregates}.
 *
 * @param eventsDataset the events dataset (user, item, time, event type, category)
 * @param lastN         how many of the user's last categories go into the multi-valued field
 */
public record BehaviourSpec(String eventsDataset, int lastN) {

    public static final int DEFAULT_LAST_N = 5;

    public BehaviourSpec {
        Objects.requireNonNull(eventsDataset, "eventsDataset");
        if (lastN < 1) {
            throw new IllegalArgumentException("lastN must be positive, was " + lastN);
        }
    }
}
