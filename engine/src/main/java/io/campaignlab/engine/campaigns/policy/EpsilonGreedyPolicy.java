package io.campaignlab.engine.campaigns.policy;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * With probability ε a candidate drawn uniformly at random (exploration), otherwise the greedy choice: the highest
 * expected value, ties broken at random.
 */
public final class EpsilonGreedyPolicy implements Policy {

    private final double epsilon;
    private final GreedyPolicy greedy = new GreedyPolicy();

    /** @param epsilon the exploration share, in [0, 1] */
    public EpsilonGreedyPolicy(double epsilon) {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1], was " + epsilon);
        }
        this.epsilon = epsilon;
    }

    public double epsilon() {
        return epsilon;
    }

    @Override
    public String name() {
        return "epsilon-greedy(" + epsilon + ")";
    }

    @Override
    public Choice choose(String segment, List<Candidate> candidates, RandomGenerator random) {
        Policy.requireCandidates(candidates);
        if (random.nextDouble() < epsilon) {
            int pick = random.nextInt(candidates.size());
            return new Choice(candidates.get(pick), pick, Scores.list(Scores.expectedValues(candidates)),
                    String.format(Locale.ROOT, "explored (epsilon %.3g): uniform pick among %d candidates", epsilon,
                            candidates.size()));
        }
        Choice greedyChoice = greedy.choose(segment, candidates, random);
        return new Choice(greedyChoice.winner(), greedyChoice.index(), greedyChoice.scores(),
                "exploited: " + greedyChoice.reason());
    }
}
