package io.campaignlab.app.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Two kill -9 points of a serving process: no acknowledged decision or feedback is lost ({@link ServeKills}). */
class ServeKillTest {

    @TempDir
    Path dir;

    @Test
    void killingServeTwiceLosesNoAcknowledgedDecision() throws Exception {
        ServeKills.Result r = ServeKills.run(dir, 2, 11);
        System.out.printf("serve killed %d times: %d acknowledged decisions and %d acknowledged feedback all found;"
                + " %d decisions logged%n", r.rounds(), r.acknowledgedDecisions(), r.acknowledgedFeedback(),
                r.decisionsLogged());
        assertThat(r.decisionsLogged()).isGreaterThanOrEqualTo(r.acknowledgedDecisions());
    }
}
