package io.campaignlab.engine.campaigns.policy;

import org.apache.commons.statistics.distribution.BetaDistribution;

import java.util.random.RandomGenerator;

/**
 * A Beta(α, β) belief about a response rate: the prior's pseudo-counts plus the responses (α) and non-responses (β)
 * seen since.
 */
public record BetaPosterior(double alpha, double beta) {

    /** Beta(1, 1), the uniform prior. */
    public static final BetaPosterior UNIFORM = new BetaPosterior(1, 1);

    public BetaPosterior {
        if (!(alpha > 0 && beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("Beta parameters must be positive and finite, were " + alpha + ", "
                    + beta);
        }
    }

    /** The posterior after one more observation. */
    public BetaPosterior observe(boolean responded) {
        return responded ? new BetaPosterior(alpha + 1, beta) : new BetaPosterior(alpha, beta + 1);
    }

    /** α / (α + β). */
    public double mean() {
        return alpha / (alpha + beta);
    }

    /** One draw of the rate, from the caller's randomness (Cheng's algorithm, as commons-statistics samples it). */
    public double draw(RandomGenerator random) {
        return BetaDistribution.of(alpha, beta).createSampler(random::nextLong).sample();
    }
}
