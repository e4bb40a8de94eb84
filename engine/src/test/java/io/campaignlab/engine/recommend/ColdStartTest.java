package io.campaignlab.engine.recommend;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The popularity fallback, against counts made by hand on a six-user log. */
class ColdStartTest {

    // users and the items they touched (a repeat counts once): a {x, y}, b {x, y}, c {x, z}, d {y, w}, e {x}, f {z}
    private static final String[] USERS = {"a", "a", "a", "b", "b", "c", "c", "d", "d", "e", "f"};
    private static final String[] ITEMS = {"x", "y", "x", "x", "y", "x", "z", "y", "w", "x", "z"};
    private static final ItemCatalog CATALOG = ItemCatalog.of(Map.of(
            "x", new UserRecommendations.ItemInfo("Volta", "phones"),
            "y", new UserRecommendations.ItemInfo("Brio", "audio"),
            "z", new UserRecommendations.ItemInfo("Resona", "audio"),
            "w", new UserRecommendations.ItemInfo("Axion", "phones")));

    private static InteractionLog log() {
        long[] times = new long[USERS.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = 1_000L * i;
        }
        return InteractionLog.of(USERS, ITEMS, new String[USERS.length], times, EventWeights.defaults());
    }

    @Test
    void anUnknownUserGetsTheItemsMostUsersTouched() {
        InteractionLog log = log();
        // x: a b c e = 4 of 6 users; y: a b d = 3; z: c f = 2; w: d = 1
        List<UserRecommendations.Recommendation> recs = ColdStart.popular(log, -1, 3, null, CATALOG);
        assertThat(recs).extracting(UserRecommendations.Recommendation::item).containsExactly("x", "y", "z");
        assertThat(recs.get(0).score()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(recs.get(2).score()).isCloseTo(2 / 6.0, within(1e-12));
    }

    @Test
    void withinACategoryAndLessWhatTheUserHas() {
        InteractionLog log = log();
        assertThat(ColdStart.popular(log, -1, 5, "Audio", CATALOG))
                .extracting(UserRecommendations.Recommendation::item).containsExactly("y", "z");
        // user e has x already: the rest by popularity
        assertThat(ColdStart.popular(log, log.user("e"), 5, null, CATALOG))
                .extracting(UserRecommendations.Recommendation::item).containsExactly("y", "z", "w");
        assertThatThrownBy(() -> ColdStart.popular(log, -1, 5, "audio", ItemCatalog.empty()))
                .hasMessageContaining("needs an items dataset with a category column");
        assertThat(ColdStart.label("audio")).isEqualTo("popularity in category audio");
    }
}
