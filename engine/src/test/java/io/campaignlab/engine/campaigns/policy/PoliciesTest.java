package io.campaignlab.engine.campaigns.policy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each policy's choice frequencies against their hand-worked probabilities. Bounds are binomial 99.9% intervals,
 * mean ± 3.29 sd with sd = √(n p (1 − p)), worked in each test's comments.
 */
class PoliciesTest {

    private static final List<Candidate> FOUR = List.of(new Candidate("a", 0.10, 1.0), new Candidate("b", 0.02, 10.0),
            new Candidate("c", 0.30, 1.0), new Candidate("d", 0.05, 2.0));

    @Test
    void greedyTakesTheHighestProbabilityTimesValueNotTheHighestProbability() {
        // expected values: a 0.10, b 0.20, c 0.30, d 0.10 → c; with b's value 20, b (0.40) would win instead
        Choice choice = new GreedyPolicy().choose("s", FOUR, new SplittableRandom(1));
        assertThat(choice.winner().offer()).isEqualTo("c");
        assertThat(choice.scores()).containsExactly(0.10, 0.20, 0.30, 0.10);
        List<Candidate> richer = List.of(FOUR.get(0), new Candidate("b", 0.02, 20.0), FOUR.get(2), FOUR.get(3));
        assertThat(new GreedyPolicy().choose("s", richer, new SplittableRandom(1)).winner().offer()).isEqualTo("b");
    }

    @Test
    void greedyBreaksTiesUniformly() {
        // three candidates at expected value 0.2, one below: n = 30,000, p = 1/3, sd = √(30000 · 1/3 · 2/3) = 81.65,
        // 3.29 sd = 268.6 → each tied one in [9,731, 10,269], the lower one never
        List<Candidate> tied = List.of(new Candidate("a", 0.2, 1), new Candidate("low", 0.1, 1),
                new Candidate("b", 0.1, 2), new Candidate("c", 0.4, 0.5));
        int[] counts = counts(new GreedyPolicy(), tied, 30_000, new SplittableRandom(7));
        assertThat(counts[1]).isZero();
        for (int i : new int[]{0, 2, 3}) {
            assertThat(counts[i]).as("tied candidate %d", i).isBetween(9_731, 10_269);
        }
    }

    @Test
    void epsilonGreedyExploresUniformlyEpsilonOfTheTime() {
        // ε = 0.2, 4 candidates, c the best: P(c) = 0.8 + 0.2/4 = 0.85, each other 0.05.
        // n = 20,000: c mean 17,000, sd = √(20000 · .85 · .15) = 50.50, 3.29 sd = 166 → [16,834, 17,166];
        // others mean 1,000, sd = √(20000 · .05 · .95) = 30.82, 3.29 sd = 101 → [899, 1,101]
        int[] counts = counts(new EpsilonGreedyPolicy(0.2), FOUR, 20_000, new SplittableRandom(11));
        assertThat(counts[2]).isBetween(16_834, 17_166);
        for (int i : new int[]{0, 1, 3}) {
            assertThat(counts[i]).as("explored candidate %d", i).isBetween(899, 1_101);
        }
    }

    @Test
    void uniformIgnoresTheScores() {
        // p = 1/4, n = 20,000: mean 5,000, sd = √(20000 · .25 · .75) = 61.24, 3.29 sd = 201 → [4,799, 5,201]
        int[] counts = counts(new UniformPolicy(), FOUR, 20_000, new SplittableRandom(13));
        for (int n : counts) {
            assertThat(n).isBetween(4_799, 5_201);
        }
    }

    @Test
    void thompsonChoosesEachOfferWithTheProbabilityItsDrawIsHighest() {
        // A ~ Beta(2, 1) after one response, B ~ Beta(1, 1) with none: P(θA > θB) = ∫0..1 2x · x dx = 2/3.
        // n = 30,000: mean 20,000, sd = √(30000 · 2/3 · 1/3) = 81.65, 3.29 sd = 269 → [19,731, 20,269]
        BetaPosteriors posteriors = new BetaPosteriors();
        posteriors.observe("A", "young", true);
        posteriors.observe("B", "old", true); // another segment's feedback does not count for "young"
        List<Candidate> two = List.of(new Candidate("A", 0.01, 1), new Candidate("B", 0.99, 1));
        int[] counts = counts(new ThompsonPolicy(posteriors), two, 30_000, new SplittableRandom(17));
        assertThat(counts[0]).isBetween(19_731, 20_269);
    }

    @Test
    void thompsonWeighsTheDrawByValue() {
        // both Beta(1, 1); B's value is 2: P(θA > 2 θB) = P(θB < θA / 2) = ∫0..1 x/2 dx = 1/4.
        // n = 20,000: mean 5,000, sd = √(20000 · .25 · .75) = 61.24, 3.29 sd = 201 → [4,799, 5,201]
        List<Candidate> two = List.of(new Candidate("A", 0.5, 1), new Candidate("B", 0.5, 2));
        int[] counts = counts(new ThompsonPolicy(new BetaPosteriors()), two, 20_000, new SplittableRandom(19));
        assertThat(counts[0]).isBetween(4_799, 5_201);
    }

    @Test
    void theSameSeedGivesTheSameChoices() {
        for (Policy policy : List.of(new EpsilonGreedyPolicy(0.5), new UniformPolicy(),
                new ThompsonPolicy(new BetaPosteriors()))) {
            SplittableRandom first = new SplittableRandom(23);
            SplittableRandom second = new SplittableRandom(23);
            for (int i = 0; i < 200; i++) {
                assertThat(policy.choose("s", FOUR, first).index()).as(policy.name())
                        .isEqualTo(policy.choose("s", FOUR, second).index());
            }
        }
    }

    @Test
    void noCandidatesIsRefusedAndBadScoresToo() {
        assertThatThrownBy(() -> new GreedyPolicy().choose("s", List.of(), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one candidate");
        assertThatThrownBy(() -> new Candidate("x", Double.NaN, 1)).hasMessageContaining("probability of x");
        assertThatThrownBy(() -> new EpsilonGreedyPolicy(1.5)).hasMessageContaining("epsilon");
    }

    private static int[] counts(Policy policy, List<Candidate> candidates, int n, RandomGenerator random) {
        int[] counts = new int[candidates.size()];
        for (int i = 0; i < n; i++) {
            counts[policy.choose("young", candidates, random).index()]++;
        }
        return counts;
    }
}
