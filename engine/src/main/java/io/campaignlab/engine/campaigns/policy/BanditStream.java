package io.campaignlab.engine.campaigns.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A simulated stream of decisions: K offers with planted response rates, T rounds. Each round the policy chooses
 * among candidates scored by the posterior means of the feedback so far (Beta(1, 1) prior), the chosen offer's
 * response is drawn from its planted rate, and the feedback updates the posteriors that both the scores and
 * Thompson sampling read. Regret is measured against always choosing the best arm, with the planted rates (the
 * pseudo-regret, free of the outcome noise).
 * <p>
 * One seed gives two streams: the outcomes' uniform draws (one per round, so every policy run with the same seed
 * meets the same draws) and the policy's randomness.
 */
public final class BanditStream {

    /** The one segment of the stream. */
    public static final String SEGMENT = "all";

    private BanditStream() {
    }

    /**
     * @param rates  the planted response rate of each offer, at least 2
     * @param rounds the stream's length, at least 1
     * @param policy builds the policy on the stream's posteriors (Thompson reads them; the others read the scores)
     * @param seed   the seed of both streams
     */
    public static RegretCurve run(double[] rates, int rounds, Function<BetaPosteriors, Policy> policy, long seed) {
        check(rates, rounds);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom outcomes = root.split();
        SplittableRandom choices = root.split();
        BetaPosteriors posteriors = new BetaPosteriors();
        Policy chooser = policy.apply(posteriors);
        String[] offers = new String[rates.length];
        double best = 0;
        for (int i = 0; i < rates.length; i++) {
            offers[i] = "offer" + i;
            best = Math.max(best, rates[i]);
        }
        double[] cumulative = new double[rounds];
        long[] pulls = new long[rates.length];
        double regret = 0;
        for (int t = 0; t < rounds; t++) {
            int arm = chooser.choose(SEGMENT, candidates(offers, posteriors), choices).index();
            pulls[arm]++;
            posteriors.observe(offers[arm], SEGMENT, outcomes.nextDouble() < rates[arm]);
            regret += best - rates[arm];
            cumulative[t] = regret;
        }
        double[] means = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            means[i] = posteriors.posterior(offers[i], SEGMENT).mean();
        }
        return new RegretCurve(chooser.name(), cumulative, pulls, means);
    }

    private static List<Candidate> candidates(String[] offers, BetaPosteriors posteriors) {
        List<Candidate> candidates = new ArrayList<>(offers.length);
        for (String offer : offers) {
            candidates.add(new Candidate(offer, posteriors.posterior(offer, SEGMENT).mean(), 1.0));
        }
        return candidates;
    }

    private static void check(double[] rates, int rounds) {
        if (rates.length < 2) {
            throw new IllegalArgumentException("a bandit stream needs at least 2 offers, had " + rates.length);
        }
        for (double rate : rates) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("planted rates must be in [0, 1], had " + rate);
            }
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("a bandit stream needs at least 1 round, had " + rounds);
        }
    }
}
