package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Cents;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.policy.BudgetLedger;
import io.campaignlab.engine.campaigns.policy.Candidate;
import io.campaignlab.engine.campaigns.policy.Choice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The offer step for a treated user: eligibility, frequency cap, the ad offers' rankings, the policy's choice and the
 * budget grant. A coupon's probability is its posterior mean; an ad offer's is the pCTR of its best creative as its
 * CTR run scores them for this user ({@link AdRanker}). Each response is worth 1 (no value model is wired in yet), so
 * greedy picks the best probability and Thompson the best draw. An ad offer whose model fails is dropped, with a
 * failed rule in the trace; when that leaves no offer, the no-offer fallback {@code model_failure} is served. A
 * recommendation offer's slots are filled for every eligible one before the policy chooses (by its recommender, or
 * for a user it cannot rank for by popularity within the context's category); its probability is its posterior mean,
 * as a coupon's. One that fails, or has no item left to show, is dropped with a failed rule, as a failing ad is.
 */
final class OfferChooser {

    private OfferChooser() {
    }

    static OfferOutcome choose(LiveCampaign campaign, DecisionRequest request, RandomGenerator random) {
        List<DecisionTrace.RuleCheck> rules = new ArrayList<>();
        List<Offer> eligible = new ArrayList<>();
        for (Offer offer : campaign.offers()) {
            DynamicPricer pricer = campaign.pricer(offer.name());
            boolean rankedAd = offer.kind() == Offer.Kind.AD && campaign.ranker(offer.name()) != null;
            boolean filledRec = offer.kind() == Offer.Kind.RECOMMENDATION && campaign.filler(offer.name()) != null;
            if (offer.kind() != Offer.Kind.COUPON && pricer == null && !rankedAd && !filledRec) {
                rules.add(new DecisionTrace.RuleCheck(offer.name(), "kind = " + offer.kind().id(), false,
                        unservedNote(offer.kind())));
            } else if (Eligibility.check(offer, request.context(), campaign.audience(), request.userId(),
                    rules)
                    && (pricer == null || DynamicOffers.priced(pricer, request, rules))) {
                eligible.add(offer);
            }
        }
        List<String> caps = new ArrayList<>();
        if (eligible.isEmpty()) {
            return OfferOutcome.none(rules, List.of(), caps, "no offer passed its eligibility conditions",
                    "no_eligible_offer");
        }
        if (campaign.cap() != null && !campaign.cap().tryCount(request.userId())) {
            caps.add("frequency cap: " + campaign.cap().limit() + " per " + campaign.cap().window().name()
                    .toLowerCase(Locale.ROOT) + " reached");
            return OfferOutcome.none(rules, List.of(), caps, "the user reached the frequency cap", "frequency_cap");
        }
        List<AdRanking> ranked = new ArrayList<>();
        Map<String, Double> adProbabilities = rank(campaign, request, eligible, rules, ranked);
        List<FilledSlots> filled = fill(campaign, request, eligible, rules);
        if (eligible.isEmpty()) {
            return OfferOutcome.none(rules, List.of(), caps, "the model failed for every eligible offer",
                    "model_failure").withRankings(ranked).withFilled(filled);
        }
        return grant(campaign, eligible, adProbabilities, rules, caps, random, request).withRankings(ranked)
                .withFilled(filled);
    }

    private static String unservedNote(Offer.Kind kind) {
        return switch (kind) {
            case AD -> "no CTR run is held for this ad offer";
            case RECOMMENDATION -> "no recommender run is held for this recommendation offer";
            default -> "only coupons, ads with a CTR run, recommendations with a recommender run and dynamic"
                    + " discounts with response runs are served by this version of the engine";
        };
    }

    /**
     * Fills the eligible recommendation offers' slots; an offer whose model fails, or that has no item to show,
     * leaves {@code eligible}.
     */
    private static List<FilledSlots> fill(LiveCampaign campaign, DecisionRequest request, List<Offer> eligible,
                                          List<DecisionTrace.RuleCheck> rules) {
        List<FilledSlots> filled = new ArrayList<>();
        for (Iterator<Offer> it = eligible.iterator(); it.hasNext(); ) {
            Offer offer = it.next();
            SlotFiller filler = offer.kind() == Offer.Kind.RECOMMENDATION ? campaign.filler(offer.name()) : null;
            if (filler == null) {
                continue;
            }
            String condition = "run " + offer.run() + " fills " + offer.slots() + " slots";
            try {
                FilledSlots slots = filler.fill(request.userId(), request.context(), offer.slots());
                if (slots.items().isEmpty()) {
                    rules.add(new DecisionTrace.RuleCheck(offer.name(), condition, false, "no item to show: the"
                            + " user already has every item the " + slots.source() + " list holds"));
                    it.remove();
                } else {
                    filled.add(slots);
                }
            } catch (RuntimeException e) {
                rules.add(new DecisionTrace.RuleCheck(offer.name(), condition, false, "the model failed: "
                        + e.getMessage()));
                it.remove();
            }
        }
        return filled;
    }

    /** Ranks the eligible ad offers' creatives; an offer whose model fails leaves {@code eligible}. */
    private static Map<String, Double> rank(LiveCampaign campaign, DecisionRequest request, List<Offer> eligible,
                                            List<DecisionTrace.RuleCheck> rules, List<AdRanking> ranked) {
        Map<String, Double> probabilities = new HashMap<>();
        for (Iterator<Offer> it = eligible.iterator(); it.hasNext(); ) {
            Offer offer = it.next();
            AdRanker ranker = offer.kind() == Offer.Kind.AD ? campaign.ranker(offer.name()) : null;
            if (ranker == null) {
                continue;
            }
            try {
                AdRanking ranking = ranker.rank(request.userId(), request.context());
                ranked.add(ranking);
                probabilities.put(offer.name(), ranking.pCtr());
            } catch (RuntimeException e) {
                rules.add(new DecisionTrace.RuleCheck(offer.name(), "run " + offer.run() + " scores its creatives",
                        false, "the model failed: " + e.getMessage()));
                it.remove();
            }
        }
        return probabilities;
    }

    /** The policy chooses; a winner whose cost does not fit the budget is dropped and the policy chooses again. */
    private static OfferOutcome grant(LiveCampaign campaign, List<Offer> eligible, Map<String, Double> adProbabilities,
                                      List<DecisionTrace.RuleCheck> rules, List<String> caps,
                                      RandomGenerator random, DecisionRequest request) {
        List<Offer> left = new ArrayList<>(eligible);
        List<DecisionTrace.CandidateScore> scores = null;
        BudgetLedger ledger = campaign.ledger();
        while (!left.isEmpty()) {
            Choice choice = campaign.policy().choose(DecisionEngine.SEGMENT, candidates(campaign, left,
                    adProbabilities), random);
            if (scores == null) {
                scores = scores(left, choice);
            }
            Offer winner = left.get(choice.index());
            long cost = Cents.grant(winner);
            DynamicPricer pricer = campaign.pricer(winner.name());
            if (pricer != null) {
                Optional<DecisionTrace.Pricing> priced = DynamicOffers.grant(pricer, ledger, cost, request, caps);
                if (priced.isPresent()) {
                    return new OfferOutcome(winner, choice.scores().get(choice.index()), cost, rules, scores, caps,
                            choice.reason(), null, priced.get(), List.of());
                }
            } else if (ledger == null || ledger.trySpend(cost)) {
                return new OfferOutcome(winner, choice.scores().get(choice.index()), cost, rules, scores, caps,
                        choice.reason(), null);
            }
            if (pricer == null) {
                caps.add("budget: " + winner.name() + " costs " + cost + " cents, " + ledger.snapshot().remaining()
                        + " left of " + ledger.cap());
            }
            left.remove(choice.index());
        }
        return OfferOutcome.none(rules, scores, caps, "the budget cannot pay for any eligible offer", "budget");
    }

    private static List<Candidate> candidates(LiveCampaign campaign, List<Offer> offers,
                                              Map<String, Double> adProbabilities) {
        List<Candidate> out = new ArrayList<>(offers.size());
        for (Offer o : offers) {
            Double pCtr = adProbabilities.get(o.name());
            out.add(new Candidate(o.name(), pCtr != null ? pCtr
                    : campaign.posteriors().posterior(o.name(), DecisionEngine.SEGMENT).mean(), 1.0));
        }
        return out;
    }

    private static List<DecisionTrace.CandidateScore> scores(List<Offer> offers, Choice choice) {
        List<DecisionTrace.CandidateScore> out = new ArrayList<>(offers.size());
        for (int i = 0; i < offers.size(); i++) {
            Offer o = offers.get(i);
            out.add(new DecisionTrace.CandidateScore(o.name(), choice.scores().get(i),
                    Cents.grant(o)));
        }
        return out;
    }
}
