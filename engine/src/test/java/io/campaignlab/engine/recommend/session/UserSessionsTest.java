package io.campaignlab.engine.recommend.session;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions from events: by session id or at 30-minute gaps, and the chronological session split. */
class UserSessionsTest {

    static final long MIN = 60_000L;

    @Test
    void withoutASessionColumnAUsersEventsSplitAtGapsOverThirtyMinutes() {
        String[] users = {"u", "u", "u", "u", "v", "u"};
        String[] items = {"a", "b", "b", "c", "a", "d"};
        // u: a@0, b@10, b@40 (30 min after the last: same session), c@71 (31 min: new), d@72; v: a@5
        long[] times = {0, 10 * MIN, 40 * MIN, 71 * MIN, 5 * MIN, 72 * MIN};
        UserSessions s = UserSessions.of(users, items, times, null, 30);
        assertThat(s.sessions().size()).isEqualTo(3);
        assertThat(s.users()).containsExactly("u", "v", "u");
        List<String> ids = s.sessions().itemIds();
        assertThat(names(ids, s.sessions().sessions()[0])).containsExactly("a", "b"); // b, b collapsed
        assertThat(names(ids, s.sessions().sessions()[1])).containsExactly("a");
        assertThat(names(ids, s.sessions().sessions()[2])).containsExactly("c", "d");
        assertThat(s.latestSessionOf("u")).isEqualTo(2);
        assertThat(s.latestSessionOf("nobody")).isEqualTo(-1);
        assertThat(s.source()).contains("30 minutes");
    }

    @Test
    void aSessionColumnWinsOverGaps() {
        String[] users = {"u", "u", "u"};
        String[] items = {"a", "b", "c"};
        long[] times = {0, 100 * MIN, 200 * MIN};
        UserSessions s = UserSessions.of(users, items, times, new String[]{"1", "1", "2"}, 30);
        assertThat(s.sessions().size()).isEqualTo(2);
        assertThat(s.sessions().sessions()[0]).hasSize(2);
        assertThatThrownBy(() -> UserSessions.of(users, items, times, null, 0)).hasMessageContaining("gap");
    }

    @Test
    void theLastFifthOfSessionsByStartIsTheTestOnTheTrainingCatalogue() {
        // five sessions; the last one (by start) is the test. Item "z" is only in it, so it is dropped there.
        SessionSequences all = new SessionSequences(List.of("a", "b", "c", "z"), List.of("1", "2", "3", "4", "5"),
                new int[][]{{0, 1}, {1, 2}, {0, 2}, {2, 0}, {0, 3, 1}}, new long[]{1, 2, 3, 4, 5});
        SessionSplit split = SessionSplit.chronological(all, 0.2);
        assertThat(split.train().size()).isEqualTo(4);
        assertThat(split.train().itemIds()).containsExactly("a", "b", "c");
        assertThat(split.test().size()).isEqualTo(1);
        assertThat(split.test().sessions()[0]).containsExactly(0, 1);
        assertThat(split.cut()).isEqualTo(5);
        assertThatThrownBy(() -> SessionSplit.chronological(all, 1.0)).hasMessageContaining("test fraction");
    }

    static List<String> names(List<String> ids, int[] session) {
        return java.util.Arrays.stream(session).mapToObj(ids::get).toList();
    }
}
