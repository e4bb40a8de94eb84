package io.campaignlab.engine.campaigns.policy;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Always the candidate with the highest expected value (probability × value); ties broken at random. */
public final class GreedyPolicy implements Policy {

    @Override
    public String name() {
        return "greedy";
    }

    @Override
    public Choice choose(String segment, List<Candidate> candidates, RandomGenerator random) {
        Policy.requireCandidates(candidates);
        double[] scores = Scores.expectedValues(candidates);
        int best = Scores.argMax(scores, random);
        return new Choice(candidates.get(best), best, Scores.list(scores), String.format(Locale.ROOT,
                "highest expected value %.4g of %d candidates", scores[best], scores.length));
    }
}
