package io.campaignlab.engine.campaigns.policy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The posteriors' arithmetic and draws against the Beta formulas, and their counts under concurrent feedback. */
class BetaPosteriorsTest {

    @Test
    void feedbackAddsToThePriorsPseudoCounts() {
        BetaPosteriors posteriors = new BetaPosteriors(new BetaPosterior(2, 8));
        posteriors.observe("coupon", "s1", true);
        posteriors.observe("coupon", "s1", false);
        posteriors.observe("coupon", "s1", false);
        // Beta(2 + 1, 8 + 2) = Beta(3, 10), mean 3/13
        assertThat(posteriors.posterior("coupon", "s1")).isEqualTo(new BetaPosterior(3, 10));
        assertThat(posteriors.posterior("coupon", "s1").mean()).isEqualTo(3.0 / 13);
        assertThat(posteriors.posterior("coupon", "s2")).isEqualTo(new BetaPosterior(2, 8));
        assertThat(posteriors.snapshot()).containsOnlyKeys(new PosteriorKey("coupon", "s1"));
    }

    @Test
    void drawsHaveTheBetaMeanAndVariance() {
        // Beta(3, 7): mean 0.3, variance αβ / ((α+β)² (α+β+1)) = 21 / (100 · 11) = 0.0190909.
        // n = 100,000: the sample mean's sd √(0.0190909 / 1e5) = 4.369e-4, 3.29 sd = 0.00144;
        // the sample variance's sd ≈ √((μ4 − σ⁴) / n), with raw moments E[X^k] = Π_{i<k} (3 + i) / (10 + i):
        // μ4 = E X⁴ − 4μ E X³ + 6μ² E X² − 3μ⁴ = 0.00104266, σ⁴ = 0.00036446, sd = √(6.782e-4 / 1e5) = 8.24e-5,
        // 3.29 sd = 2.7e-4
        BetaPosterior beta = new BetaPosterior(3, 7);
        SplittableRandom random = new SplittableRandom(5);
        int n = 100_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = beta.draw(random);
            assertThat(x).isBetween(0.0, 1.0);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(0.3, offset(0.00144));
        assertThat(sumSq / n - mean * mean).isCloseTo(0.0190909, offset(2.7e-4));
    }

    @Test
    void concurrentFeedbackLosesNoCountWhileThompsonDecides() throws Exception {
        BetaPosteriors posteriors = new BetaPosteriors();
        ThompsonPolicy policy = new ThompsonPolicy(posteriors);
        List<Candidate> offers = List.of(new Candidate("a", 0.1, 1), new Candidate("b", 0.1, 1));
        int writers = 4;
        int perWriter = 20_000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2 * writers);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perWriter; i++) {
                    posteriors.observe(i % 2 == 0 ? "a" : "b", "s", i % 5 == 0); // i ≡ 0 (mod 5) responded
                }
                return perWriter;
            }));
            futures.add(pool.submit(() -> {
                start.await();
                int decided = 0;
                for (int i = 0; i < perWriter; i++) {
                    decided += policy.choose("s", offers, ThreadLocalRandom.current()).index() >= 0 ? 1 : 0;
                }
                return decided;
            }));
        }
        start.countDown();
        for (Future<Integer> future : futures) {
            assertThat(future.get(2, TimeUnit.MINUTES)).isEqualTo(perWriter);
        }
        pool.shutdown();
        // per writer, i in 0..19,999: "a" gets the 10,000 even i, of which i ≡ 0 (mod 10) responded: 2,000;
        // "b" gets the 10,000 odd i, of which i ≡ 5 (mod 10) responded: 2,000. Four writers, plus the prior's 1.
        assertThat(posteriors.posterior("a", "s")).isEqualTo(new BetaPosterior(1 + 4 * 2_000, 1 + 4 * 8_000));
        assertThat(posteriors.posterior("b", "s")).isEqualTo(new BetaPosterior(1 + 4 * 2_000, 1 + 4 * 8_000));
    }
}
