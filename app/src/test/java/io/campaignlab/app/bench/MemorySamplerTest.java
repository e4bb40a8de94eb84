package io.campaignlab.app.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The soak's memory trends: a series that climbs while a cache fills, then levels, has a positive slope over the whole
 * run and none over its second half; one that keeps climbing has the climb's slope there.
 */
class MemorySamplerTest {

    @Test
    void aSeriesThatLevelsHasNoSlopeOverTheLastHalf() {
        // every 30 s for 10 minutes: +60 MiB a minute for the first 4 minutes, then level at 740 MiB
        List<MemorySampler.Sample> samples = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            double minutes = i * 0.5;
            samples.add(new MemorySampler.Sample(minutes * 60, 0, 0, 500 + 60 * Math.min(minutes, 4), 0));
        }
        MemorySampler.Trend t = MemorySampler.trend(samples, MemorySampler.Sample::rssMib);
        assertThat(t.first()).isEqualTo(500);
        assertThat(t.last()).isEqualTo(740);
        assertThat(t.max()).isEqualTo(740);
        assertThat(t.lastHalfSlopeMibPerMinute()).isCloseTo(0, within(1e-9));
        assertThat(t.slopeMibPerMinute()).isGreaterThan(15);
    }

    @Test
    void aSteadyClimbKeepsItsSlopeOverTheLastHalf() {
        // native memory rising 50 MiB a minute from 508 MiB, every fourth sample 12 MiB higher: the least-squares
        // slope of the last 11 samples (minutes 5 to 10) is 50.654545... (scipy.stats.linregress on the same points)
        List<MemorySampler.Sample> samples = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            double minutes = i * 0.5;
            double bump = i % 4 == 0 ? 12 : 0;
            samples.add(new MemorySampler.Sample(minutes * 60, 0, 0, 508 + 50 * minutes + bump, 0));
        }
        MemorySampler.Trend t = MemorySampler.trend(samples, MemorySampler.Sample::rssMib);
        assertThat(t.lastHalfSlopeMibPerMinute()).isCloseTo(50.654545454545456, within(1e-9));
    }
}
