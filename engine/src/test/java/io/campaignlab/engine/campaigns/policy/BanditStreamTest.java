package io.campaignlab.engine.campaigns.policy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The acceptance check of Thompson sampling on a simulated stream: K = 5 offers with planted rates 2%, 2.75%, 3.5%,
 * 4.25% and 5%, T = 100,000 rounds, seeds 1 to 10, against ε-greedy (ε = 0.1) and uniform.
 * <p>
 * Why T = 100,000 and not 20,000: at 20,000 rounds ε-greedy's exploration has cost only 0.1 × 0.015 × 20,000 = 30,
 * and over 40 seeds Thompson ended below it in 21 (a coin flip); at 50,000 in 31 of 40; at 100,000 in 39 of 40. The
 * test asks for at least 8 of 10, which a 39-in-40 chance passes with probability about 0.99.
 */
class BanditStreamTest {

    private static final double[] RATES = {0.02, 0.0275, 0.035, 0.0425, 0.05};
    private static final int ROUNDS = 100_000;
    private static final int SEEDS = 10;
    private static List<RegretCurve> thompson;
    private static List<RegretCurve> epsilonGreedy;
    private static List<RegretCurve> uniform;

    @BeforeAll
    static void runStreams() {
        thompson = run(ThompsonPolicy::new);
        epsilonGreedy = run(posteriors -> new EpsilonGreedyPolicy(0.1));
        uniform = run(posteriors -> new UniformPolicy());
    }

    @Test
    void uniformRegretIsTheLinearOneWorkedByHand() {
        // per round the expected gap is the mean of (0.03, 0.0225, 0.015, 0.0075, 0) = 0.015, so E[R(T)] = 1,500;
        // the gap's variance is mean(gap²) − 0.015² = 3.375e-4 − 2.25e-4 = 1.125e-4, sd over T rounds
        // √(100000 · 1.125e-4) = 3.354, 3.29 sd = 11.0 → [1,489, 1,511]
        assertThat(uniform).allSatisfy(c -> assertThat(c.total()).isBetween(1_489.0, 1_511.0));
    }

    @Test
    void thompsonEndsBelowEpsilonGreedyAndUniformInAClearMajorityOfSeeds() {
        int belowEpsilon = 0;
        int belowUniform = 0;
        for (int s = 0; s < SEEDS; s++) {
            belowEpsilon += thompson.get(s).total() < epsilonGreedy.get(s).total() ? 1 : 0;
            belowUniform += thompson.get(s).total() < uniform.get(s).total() ? 1 : 0;
        }
        assertThat(belowUniform).isEqualTo(SEEDS);
        assertThat(belowEpsilon).as("seeds where Thompson ends below ε-greedy; finals %s vs %s", finals(thompson),
                finals(epsilonGreedy)).isGreaterThanOrEqualTo(8);
    }

    /**
     * Sublinear growth: the regret of the second half of the stream against the first half's. Linear regret (a fixed
     * regret per round, as uniform's) gives a ratio of 1; regret C ln t gives ln 2 / ln(T/2) = 0.064. The test asks
     * every seed for at most 0.6 (the per-round regret fell by 40% or more; over 40 seeds the largest was 0.46),
     * and contrasts uniform, whose ratio must be at least 0.9 in every seed (its sd is about 0.005).
     */
    @Test
    void thompsonRegretGrowsSublinearly() {
        for (int s = 0; s < SEEDS; s++) {
            assertThat(secondHalfOverFirst(thompson.get(s))).as("Thompson, seed %d", s + 1).isLessThanOrEqualTo(0.6);
            assertThat(secondHalfOverFirst(uniform.get(s))).as("uniform, seed %d", s + 1).isGreaterThan(0.9);
        }
    }

    /**
     * The posteriors against the planted rates. Uniform samples every arm alike (about 20,000 pulls each, no
     * adaptive bias), so each posterior mean lies within 4 binomial standard errors √(p (1 − p) / n) of its rate.
     * Thompson pulls the best arm most, in more than half the rounds, and estimates it within 4 standard errors;
     * its rarely pulled arms are left with wide, adaptively biased posteriors and are not checked.
     */
    @Test
    void posteriorMeansMatchThePlantedRates() {
        for (RegretCurve curve : uniform) {
            for (int arm = 0; arm < RATES.length; arm++) {
                assertThat(curve.posteriorMeans()[arm]).as("uniform, arm %d", arm)
                        .isCloseTo(RATES[arm], offset(4 * se(arm, curve.pulls()[arm])));
            }
        }
        int best = RATES.length - 1;
        for (RegretCurve curve : thompson) {
            assertThat(curve.pulls()[best]).isGreaterThan(ROUNDS / 2);
            assertThat(curve.posteriorMeans()[best])
                    .isCloseTo(RATES[best], offset(4 * se(best, curve.pulls()[best])));
        }
    }

    @Test
    void theSameSeedReplaysTheSameStream() {
        RegretCurve again = BanditStream.run(RATES, ROUNDS, ThompsonPolicy::new, 1);
        assertThat(again.cumulative()).containsExactly(thompson.get(0).cumulative());
        assertThat(again.pulls()).containsExactly(thompson.get(0).pulls());
    }

    private static double se(int arm, long pulls) {
        return Math.sqrt(RATES[arm] * (1 - RATES[arm]) / pulls);
    }

    private static double secondHalfOverFirst(RegretCurve curve) {
        return curve.between(ROUNDS / 2, ROUNDS) / curve.at(ROUNDS / 2);
    }

    private static List<Long> finals(List<RegretCurve> curves) {
        return curves.stream().map(c -> Math.round(c.total())).toList();
    }

    private static List<RegretCurve> run(Function<BetaPosteriors, Policy> policy) {
        List<RegretCurve> curves = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            curves.add(BanditStream.run(RATES, ROUNDS, policy, seed));
        }
        return curves;
    }
}
