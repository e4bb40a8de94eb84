package io.campaignlab.app.bench;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 30-second soak of {@code bench decide} at 50 requests/s: no error, and every decision served is logged. */
@Tag("slow")
class DecideSoakTest {

    @Test
    void aShortSoakServesWithoutErrorAndLogsEveryDecision() throws Exception {
        DecideBenchRun.Settings settings = new DecideBenchRun.Settings(1000, 5, 1, 20, 0.02, 5, 1, 8, 1000, 0.5, 50,
                true);
        DecideBenchResult r = DecideBenchRun.run(settings, ProgressListener.none(), new CancellationToken());
        DecideBenchResult.Soak soak = r.soak();
        System.out.printf("soak: %s%n", soak);
        assertThat(soak.stage().errors()).isZero();
        assertThat(soak.stage().dropped()).isZero();
        assertThat(soak.stage().ok()).isGreaterThan(1000);
        assertThat(soak.samples()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(soak.logged()).isEqualTo(soak.served());
        assertThat(r.coldStarts()).isPositive();
    }
}
