package io.campaignlab.engine.recommend.session;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Occlusion on an additive scorer whose answer is known: each click adds its weight to one item's score. */
class SessionExplanationsTest {

    /** Score of item 0 = 5·#clicks on item 1 + 2·#clicks on item 2 − 1·#clicks on item 3; the prior is 0.5. */
    static final SessionScorer ADDITIVE = new SessionScorer() {
        @Override
        public int itemCount() {
            return 4;
        }

        @Override
        public float[] emptySessionScores() {
            return new float[]{0.5f, 0, 0, 0};
        }

        @Override
        public float[][] prefixScores(int[] session) {
            float[][] out = new float[session.length][];
            float s = 0.5f;
            for (int t = 0; t < session.length; t++) {
                s += session[t] == 1 ? 5 : session[t] == 2 ? 2 : session[t] == 3 ? -1 : 0;
                out[t] = new float[]{s, 0, 0, 0};
            }
            return out;
        }
    };

    @Test
    void dropsAreTheScoreWithoutEachClickLargestFirst() {
        List<SessionExplanations.Occlusion> why = SessionExplanations.occlusion(ADDITIVE, new int[]{2, 3, 1}, 0, 3);
        assertThat(why).extracting(SessionExplanations.Occlusion::item).containsExactly(1, 2, 3);
        assertThat(why).extracting(SessionExplanations.Occlusion::drop).containsExactly(5.0, 2.0, -1.0);
        assertThat(why.get(0).position()).isEqualTo(2);
        assertThat(SessionExplanations.occlusion(ADDITIVE, new int[]{2, 3, 1}, 0, 1)).hasSize(1);
    }

    @Test
    void aOneClickSessionIsComparedWithTheEmptySession() {
        List<SessionExplanations.Occlusion> why = SessionExplanations.occlusion(ADDITIVE, new int[]{1}, 0, 3);
        assertThat(why).containsExactly(new SessionExplanations.Occlusion(0, 1, 5.0));
    }

    @Test
    void anEmptySessionIsRefused() {
        assertThatThrownBy(() -> SessionExplanations.occlusion(ADDITIVE, new int[0], 0, 3))
                .hasMessageContaining("empty session");
    }
}
