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
 *                   ({@code not_in_audience}, {@code exclusion_group}, {@code holdout}, {@code frequency_cap},
 *                   {@code budget}, {@code no_eligible_offer}, {@code model_failure})
 * @param pricing    how a dynamic discount was priced for this user, when one was served; else null
 * @param rankings   each eligible ad offer's creatives as ranked by its CTR run (empty without ad offers)
 * @param recommendation how a served recommendation offer's slots were filled (the model, or the popularity
 *                       fallback marked as a cold start); else null
 * @param explained  how a served coupon's or dynamic discount's explanation was computed, or why there is none;
 *                   null for other decisions (a served ad's is in its ranking)
 */
public record DecisionTrace(String segment, String policy, double holdoutU, double holdoutShare, List<RuleCheck> rules,
                           List<CandidateScore> candidates, List<String> capsHit, String winner, String fallback,
                           Pricing pricing, List<AdRanking> rankings, FilledSlots recommendation,
                           Explanation explained) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public DecisionTrace {
        rules = List.copyOf(rules);
        candidates = List.copyOf(candidates);
        capsHit = List.copyOf(capsHit);
        rankings = rankings == null ? List.of() : List.copyOf(rankings);
    }

    /** A trace without pricing (no dynamic discount served) and without ad rankings. */
    public DecisionTrace(String segment, String policy, double holdoutU, double holdoutShare, List<RuleCheck> rules,
                         List<CandidateScore> candidates, List<String> capsHit, String winner, String fallback) {
        this(segment, policy, holdoutU, holdoutShare, rules, candidates, capsHit, winner, fallback, null, List.of());
    }

    /** A trace without a recommendation offer served. */
    public DecisionTrace(String segment, String policy, double holdoutU, double holdoutShare, List<RuleCheck> rules,
                         List<CandidateScore> candidates, List<String> capsHit, String winner, String fallback,
                         Pricing pricing, List<AdRanking> rankings) {
        this(segment, policy, holdoutU, holdoutShare, rules, candidates, capsHit, winner, fallback, pricing, rankings,
                null, null);
    }

    /**
     * How a choice was explained.
     *
     * @param run    the model's run, or null when the campaign names none
     * @param model  the run's model kind, or null when it was not opened
     * @param method how the contributions were computed, or null with none
     * @param row    the row scored and explained ({@code _row} of the dataset named in the method), or null
     * @param note   why there is no explanation (no model, a model that cannot explain at serve, a user without a
     *               row), or null when there is one
     */
    public record Explanation(Long run, String model, String method, Long row, String note) {
    }

    /**
     * A dynamic discount's choice for one user: the level maximising P(buy | d) × margin(d) among those whose margin
     * per order is at least the minimum and that keep the offer's running average discount within its cap.
     *
     * @param offer            the dynamic discount offer
     * @param menuPct          the menu, in percent
     * @param purchase         P(buy) at each level, from the response runs' scores of this user
     * @param listPrice        the context's {@code price}
     * @param unitCost         the context's {@code unit_cost}
     * @param discountPct      the level chosen
     * @param margin           price × (1 − d) − unit cost at that level
     * @param expectedMargin   P(buy | d) × margin at that level
     * @param minMargin        the least margin per order allowed, or null for none
     * @param averageBefore    the offer's mean granted discount before this decision, percent
     * @param averageCap       the cap on that mean, percent (100 for none)
     * @param cappedFromPct    the level the user would have got without the cap, when the cap lowered it; else null
     */
    public record Pricing(String offer, List<Integer> menuPct, List<Double> purchase, double listPrice, double unitCost,
                          int discountPct, double margin, double expectedMargin, Double minMargin,
                          double averageBefore, double averageCap, Integer cappedFromPct) {
    }

    /** One eligibility condition of one offer, tested on the request's context. */
    public record RuleCheck(String offer, String condition, boolean passed, String note) {
    }

    /** One eligible offer's score and cost. */
    public record CandidateScore(String offer, double score, long costCents) {
    }
}
