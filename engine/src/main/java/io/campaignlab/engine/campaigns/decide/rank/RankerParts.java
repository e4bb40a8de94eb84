package io.campaignlab.engine.campaigns.decide.rank;

import io.campaignlab.engine.features.EncodedRows;

import java.util.List;

/**
 * What a {@link CtrAdRanker} holds warm, built once at load by {@link CtrAdRankers}.
 *
 * @param offer       the ad offer
 * @param run         its CTR run
 * @param model       the run's model family
 * @param layout      where each field's value comes from
 * @param pool        the model's scoring sessions
 * @param creatives   the creative (item) ids, in the offer's order
 * @param names       each creative's name from the items table, or null
 * @param categories  each creative's category from the items table, or null
 * @param creativeRows each creative's item slots
 * @param users       the users table, or null when the workspace has none for the run
 * @param userKey     the run's user id column, or null
 * @param userRows    every stored user's user slots, aligned with {@code users}' rows (null without users)
 * @param baseline    the all-missing row
 * @param pairRows    a behaviour-trained run's aggregates as of load: row {@code u × creatives + c} for stored user
 *                    row u and creative c, then one row per creative for a user with no history; null when the run
 *                    reads none
 */
record RankerParts(String offer, long run, String model, FieldLayout layout, ScoringPool pool, List<String> creatives,
                   List<String> names, List<String> categories, SlotGroup.Compact creativeRows, EntityTable users,
                   String userKey, SlotGroup.Compact userRows, EncodedRows baseline, SlotGroup.Compact pairRows) {

    RankerParts {
        creatives = List.copyOf(creatives);
        names = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(names));
        categories = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(categories));
    }
}
