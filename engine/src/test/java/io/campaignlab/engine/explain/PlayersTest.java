package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedFields;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlayersTest {

    /** device (slot 0), bh_user_ctr (1), last categories over 3 slots (2–4), bh_item_ctr (5). */
    private final FeaturePipeline pipeline = new FeaturePipeline(List.of(
            new FittedFields.Vocabulary("device", "device", List.of("mobile")),
            new FittedFields.Scaled("bh_user_ctr", "bh_user_ctr", false, 0, 1),
            new FittedFields.MultiVocabulary("bh_user_last_categories", "bh_user_last_categories", List.of("a"), 3),
            new FittedFields.Scaled("bh_item_ctr", "bh_item_ctr", false, 0, 1)));

    @Test
    void behaviouralAggregatesBecomeOnePlayerWithAllTheirSlots() {
        List<Player> players = Players.withBehaviourGroup(pipeline);
        assertThat(players).extracting(Player::name).containsExactly("device", "behaviour");
        assertThat(players.get(0).slots()).containsExactly(0);
        assertThat(players.get(1).slots()).containsExactly(1, 2, 3, 4, 5);
        assertThat(players.get(1).fields()).containsExactly("bh_user_ctr", "bh_user_last_categories", "bh_item_ctr");
    }

    @Test
    void perFieldPlayersSpanTheirFieldsSlots() {
        List<Player> players = Players.perField(pipeline);
        assertThat(players).hasSize(4);
        assertThat(players.get(2).slots()).containsExactly(2, 3, 4);
    }

    @Test
    void badGroupsAreRefused() {
        assertThatThrownBy(() -> Players.grouped(pipeline, Map.of("g", List.of("nope"))))
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> Players.grouped(pipeline, Map.of("g", List.of("device"), "h", List.of("device"))))
                .hasMessageContaining("device");
        assertThatThrownBy(() -> Players.grouped(pipeline, Map.of("device", List.of("bh_item_ctr"))))
                .hasMessageContaining("also the name of a field");
    }
}
