package io.campaignlab.engine.campaigns.policy;

import java.util.List;
import java.util.random.RandomGenerator;

/** The arg-max the policies share: the index of the highest score, ties broken uniformly at random. */
final class Scores {

    private Scores() {
    }

    static int argMax(double[] scores, RandomGenerator random) {
        int best = 0;
        int ties = 1;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
                ties = 1;
            } else if (scores[i] == scores[best] && random.nextInt(++ties) == 0) {
                best = i; // reservoir sampling over the tied indices keeps each one equally likely
            }
        }
        return best;
    }

    static double[] expectedValues(List<Candidate> candidates) {
        double[] values = new double[candidates.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = candidates.get(i).expectedValue();
        }
        return values;
    }

    static List<Double> list(double[] scores) {
        return java.util.Arrays.stream(scores).boxed().toList();
    }
}
