package io.campaignlab.engine.experiments;

import io.campaignlab.engine.simulate.SimulatedExperiment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator plants each unit's conversion uplift; the readout's 95% interval must cover the planted average
 * effect in about 95% of seeds. The 20-seed version runs in the normal suite; the 100-seed one is tagged slow
 * ({@code mvn -pl engine test -Dgroups=slow -DexcludedGroups=none -Dtest=PlantedEffectCoverageTest}).
 */
class PlantedEffectCoverageTest {

    static final int USERS = 6_000;

    /** Seeds whose interval covers the planted effect, per arm: {coupon_10, coupon_20}. */
    static int[] covered(int seeds) {
        int[] covered = new int[2];
        AbSpec spec = AbSpec.of("group", "control", List.of(MetricSpec.parse("converted")));
        for (int seed = 1; seed <= seeds; seed++) {
            SimulatedExperiment e = SimulatedExperiment.draw(USERS, seed);
            AbReadout r = AbAnalysis.analyse("sim", spec, e.groups(), Map.of("converted", e.converted()), null, null);
            for (Comparison c : r.comparisons()) {
                double truth = e.trueAverageEffect(c.arm());
                if (c.ciLow() <= truth && truth <= c.ciHigh()) {
                    covered[c.arm().equals("coupon_10") ? 0 : 1]++;
                }
            }
        }
        return covered;
    }

    @Test
    void twentySeedsCoverThePlantedEffect() {
        int[] covered = covered(20);
        System.out.printf("planted average effect inside the 95%% interval, of 20 seeds: coupon_10 %d, coupon_20 %d%n",
                covered[0], covered[1]);
        // 17 of 20 (85%): a smoke check; the slow test holds 90 of 100 for each arm
        assertThat(covered[0]).isGreaterThanOrEqualTo(17);
        assertThat(covered[1]).isGreaterThanOrEqualTo(17);
    }

    @Tag("slow")
    @Test
    void aHundredSeedsCoverThePlantedEffectAtLeastNinetyTimesForEachArm() {
        int[] covered = covered(100);
        System.out.printf("planted average effect inside the 95%% interval, of 100 seeds: coupon_10 %d, coupon_20"
                + " %d%n", covered[0], covered[1]);
        assertThat(covered[0]).isGreaterThanOrEqualTo(90);
        assertThat(covered[1]).isGreaterThanOrEqualTo(90);
    }
}
