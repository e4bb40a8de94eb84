package io.campaignlab.engine.campaigns.policy;

/**
 * One policy's run through a bandit stream.
 *
 * @param policy         the policy's name
 * @param cumulative     the cumulative (pseudo-)regret after each round: {@code cumulative[t]} is Σ over rounds
 *                       0..t of (best rate − rate of the chosen arm)
 * @param pulls          how often each arm was chosen
 * @param posteriorMeans each arm's Beta posterior mean at the end (uniform prior)
 */
public record RegretCurve(String policy, double[] cumulative, long[] pulls, double[] posteriorMeans) {

    public int rounds() {
        return cumulative.length;
    }

    /** The cumulative regret after the first {@code round} rounds (0 after none). */
    public double at(int round) {
        return round == 0 ? 0 : cumulative[round - 1];
    }

    /** The regret of the last round. */
    public double total() {
        return at(rounds());
    }

    /** The regret collected in rounds {@code from + 1} to {@code to}. */
    public double between(int from, int to) {
        return at(to) - at(from);
    }
}
