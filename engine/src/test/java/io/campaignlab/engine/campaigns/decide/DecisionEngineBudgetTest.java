package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Policy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionEngineBudgetTest {

    @Test
    void eightThreadsNeverGrantPastTheBudget() throws Exception {
        // budget 10.00 = 1000 cents, 7 cents a grant: floor(1000 / 7) = 142 grants (994 cents), then only fallbacks.
        DecisionEngine engine = DecisionEngineTest.engine(DecisionEngineTest.CLOCK, Campaigns.version("b", 1,
                Policy.Kind.THOMPSON, Campaigns.constraints(10.0, null, 0, null, null),
                Campaigns.coupon("c7", 7, 0.07)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<long[]>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            work.add(() -> {
                long granted = 0;
                long cents = 0;
                for (int i = 0; i < 500; i++) {
                    Decision d = DecisionEngineTest.decide(engine, "t" + thread + "u" + i, Map.of());
                    granted += d.offer() == null ? 0 : 1;
                    cents += d.costCents();
                }
                return new long[] {granted, cents};
            });
        }
        long granted = 0;
        long cents = 0;
        for (Future<long[]> f : pool.invokeAll(work)) {
            granted += f.get()[0];
            cents += f.get()[1];
        }
        pool.shutdown();
        assertThat(granted).isEqualTo(142);
        assertThat(cents).isEqualTo(994);
        assertThat(engine.budget("b").orElseThrow().committed()).isEqualTo(994);
        assertThat(engine.fallbacks()).isEqualTo(4000 - 142);
    }
}
