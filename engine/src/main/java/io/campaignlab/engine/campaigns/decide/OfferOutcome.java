package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Offer;

import java.util.List;

/**
 * What the offer step decided for a treated user: the offer (null for the no-offer fallback) and its trace parts.
 *
 * @param fallback null when an offer was chosen; else why none was
 * @param rankings the eligible ad offers' rankings (empty without ad offers)
 * @param filled   the eligible recommendation offers' filled slots (empty without recommendation offers)
 */
record OfferOutcome(Offer offer, Double score, long costCents, List<DecisionTrace.RuleCheck> rules,
                    List<DecisionTrace.CandidateScore> candidates, List<String> capsHit, String reason,
                    String fallback, DecisionTrace.Pricing pricing, List<AdRanking> rankings,
                    List<FilledSlots> filled) {

    OfferOutcome(Offer offer, Double score, long costCents, List<DecisionTrace.RuleCheck> rules,
                 List<DecisionTrace.CandidateScore> candidates, List<String> capsHit, String reason, String fallback) {
        this(offer, score, costCents, rules, candidates, capsHit, reason, fallback, null, List.of(), List.of());
    }

    OfferOutcome(Offer offer, Double score, long costCents, List<DecisionTrace.RuleCheck> rules,
                 List<DecisionTrace.CandidateScore> candidates, List<String> capsHit, String reason, String fallback,
                 DecisionTrace.Pricing pricing, List<AdRanking> rankings) {
        this(offer, score, costCents, rules, candidates, capsHit, reason, fallback, pricing, rankings, List.of());
    }

    /** The served recommendation offer's slots, or null when the winner is not a recommendation (or none). */
    FilledSlots servedSlots() {
        return offer == null ? null : filled.stream().filter(f -> f.offer().equals(offer.name())).findFirst()
                .orElse(null);
    }

    /** The served recommendation offer's items; empty otherwise. */
    List<Decision.Slot> slots() {
        FilledSlots served = servedSlots();
        return served == null ? List.of() : served.items();
    }

    /** The served ad offer's ranking, or null when the winner is not an ad (or there is none). */
    AdRanking servedRanking() {
        return offer == null ? null : rankings.stream().filter(r -> r.offer().equals(offer.name())).findFirst()
                .orElse(null);
    }

    /** The winner's explanation: the served ad's top contributions; empty for coupons and no offer. */
    List<Decision.Contribution> explanation() {
        AdRanking served = servedRanking();
        return served == null ? List.of() : served.explanation();
    }

    static OfferOutcome holdout() {
        return new OfferOutcome(null, null, 0, List.of(), List.of(), List.of(),
                "held out: the keyed hash of (user, campaign, version) fell under the holdout share", "holdout");
    }

    static OfferOutcome none(List<DecisionTrace.RuleCheck> rules, List<DecisionTrace.CandidateScore> candidates,
                             List<String> capsHit, String reason, String fallback) {
        return new OfferOutcome(null, null, 0, rules, candidates, capsHit, reason, fallback);
    }

    OfferOutcome withRankings(List<AdRanking> ranked) {
        return new OfferOutcome(offer, score, costCents, rules, candidates, capsHit, reason, fallback, pricing,
                List.copyOf(ranked), filled);
    }

    OfferOutcome withFilled(List<FilledSlots> slots) {
        return new OfferOutcome(offer, score, costCents, rules, candidates, capsHit, reason, fallback, pricing,
                rankings, List.copyOf(slots));
    }

    String offerName() {
        return offer == null ? null : offer.name();
    }

    /** The coupon's discount: its percentage, or its fixed amount; a dynamic discount's chosen percentage. */
    Double discount() {
        if (pricing != null) {
            return (double) pricing.discountPct();
        }
        return offer == null ? null : offer.percent() != null ? offer.percent() : offer.amount();
    }

    String discountUnit() {
        return offer == null ? null : pricing != null || offer.percent() != null ? "percent"
                : offer.amount() != null ? "amount" : null;
    }
}
