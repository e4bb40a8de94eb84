package io.campaignlab.engine.campaigns.policy;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Thompson sampling: for each candidate, one draw of its response rate from the Beta posterior of its (offer,
 * segment), times the candidate's value; the highest wins. The model's probability is not used; the posteriors,
 * fed by {@link BetaPosteriors#observe}, are the policy's knowledge.
 */
public final class ThompsonPolicy implements Policy {

    private final BetaPosteriors posteriors;

    public ThompsonPolicy(BetaPosteriors posteriors) {
        this.posteriors = posteriors;
    }

    public BetaPosteriors posteriors() {
        return posteriors;
    }

    @Override
    public String name() {
        return "thompson";
    }

    @Override
    public Choice choose(String segment, List<Candidate> candidates, RandomGenerator random) {
        Policy.requireCandidates(candidates);
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            Candidate candidate = candidates.get(i);
            scores[i] = posteriors.posterior(candidate.offer(), segment).draw(random) * candidate.value();
        }
        int best = Scores.argMax(scores, random);
        BetaPosterior won = posteriors.posterior(candidates.get(best).offer(), segment);
        return new Choice(candidates.get(best), best, Scores.list(scores), String.format(Locale.ROOT,
                "highest Thompson draw × value %.4g of %d candidates (posterior Beta(%.0f, %.0f), mean %.4g)",
                scores[best], scores.length, won.alpha(), won.beta(), won.mean()));
    }
}
