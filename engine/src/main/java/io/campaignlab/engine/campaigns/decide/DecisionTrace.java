package io.campaignlab.engine.campaigns.decide;

import java.util.List;

/**
 * Why a decision came out as it did.
 *
 * @param segment    the segment the policy scored in ({@value DecisionEngine#SEGMENT} for every user in this cut)
 * @param policy     the policy's name
 * @param holdoutU     the user's keyed hash in [0, 1)
 * @param holdoutShare the share it was compared with (held out when holdoutU &lt; holdoutShare)
 * @param rules      each offer's eligibility conditions, passed or failed
 * @param candidates the eligible offers' scores, in the campaign's offer order
 * @param capsHit    the caps that stopped an offer (frequency cap, budget), in the order met
 * @param winner     why the winner won, or why no offer was served
 * @param fallback   null when an offer was chosen normally; else why the no-offer fallback was served
 *                   ({@code holdout}, {@code frequency_cap}, {@code budget}, {@code no_eligible_offer},
 *                   {@code model_failure})
 * @param rankings   each eligible ad offer's creatives as ranked by its CTR run (empty without ad offers)
 */
public record DecisionTrace(String segment, String policy, double holdoutU, double holdoutShare, List<RuleCheck> rules,
                           List<CandidateScore> candidates, List<String> capsHit, String winner, String fallback,
                           List<AdRanking> rankings) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public DecisionTrace {
        rules = List.copyOf(rules);
        candidates = List.copyOf(candidates);
        capsHit = List.copyOf(capsHit);
        rankings = rankings == null ? List.of() : List.copyOf(rankings);
    }

    /** A trace without ad rankings. */
    public DecisionTrace(String segment, String policy, double holdoutU, double holdoutShare, List<RuleCheck> rules,
                         List<CandidateScore> candidates, List<String> capsHit, String winner, String fallback) {
        this(segment, policy, holdoutU, holdoutShare, rules, candidates, capsHit, winner, fallback, List.of());
    }

    /** One eligibility condition of one offer, tested on the request's context. */
    public record RuleCheck(String offer, String condition, boolean passed, String note) {
    }

    /** One eligible offer's score and cost. */
    public record CandidateScore(String offer, double score, long costCents) {
    }
}
