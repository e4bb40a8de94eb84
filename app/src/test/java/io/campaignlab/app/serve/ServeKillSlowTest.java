package io.campaignlab.app.serve;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Twenty kill -9 points of a serving process on one workspace ({@link ServeKills}). */
@Tag("slow")
class ServeKillSlowTest {

    @TempDir
    Path dir;

    @Test
    void killingServeTwentyTimesLosesNoAcknowledgedDecision() throws Exception {
        ServeKills.Result r = ServeKills.run(dir, 20, 2026);
        System.out.printf("serve killed %d times: %d acknowledged decisions and %d acknowledged feedback all found;"
                + " %d decisions logged%n", r.rounds(), r.acknowledgedDecisions(), r.acknowledgedFeedback(),
                r.decisionsLogged());
        assertThat(r.decisionsLogged()).isGreaterThanOrEqualTo(r.acknowledgedDecisions());
    }
}
