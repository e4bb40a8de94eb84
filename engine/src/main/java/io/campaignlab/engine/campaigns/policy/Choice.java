package io.campaignlab.engine.campaigns.policy;

import java.util.List;

/**
 * What a policy chose, and the figures a decision trace shows.
 *
 * @param winner the chosen candidate
 * @param index  its index among the candidates
 * @param scores the score the policy gave each candidate, in the candidates' order (expected value, or a
 *               Thompson draw × value; all equal for the uniform policy)
 * @param reason why the winner won, in one line
 */
public record Choice(Candidate winner, int index, List<Double> scores, String reason) {

    public Choice {
        scores = List.copyOf(scores);
    }
}
