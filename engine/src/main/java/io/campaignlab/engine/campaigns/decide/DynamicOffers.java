package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.policy.BudgetLedger;
import io.campaignlab.engine.campaigns.policy.Reservation;

import java.util.List;
import java.util.Optional;

/** The offer step's part for dynamic discount offers: pricing as an eligibility check, and the atomic grant. */
final class DynamicOffers {

    private DynamicOffers() {
    }

    /** Whether the offer can be priced for this user now; the trace gets the check either way. */
    static boolean priced(DynamicPricer pricer, DecisionRequest request, List<DecisionTrace.RuleCheck> rules) {
        DynamicPricer.Quote q = pricer.quote(request.userId(), request.context());
        if (q.pricing() == null) {
            rules.add(new DecisionTrace.RuleCheck(pricer.offer().name(), "dynamic discount priced", false,
                    q.failure()));
            return false;
        }
        rules.add(new DecisionTrace.RuleCheck(pricer.offer().name(), "dynamic discount priced", true,
                q.pricing().discountPct() + " %, expected margin " + q.pricing().expectedMargin()));
        return true;
    }

    /**
     * Grants a dynamic discount that won: the budget's cents are reserved, the discount is priced again and counted
     * in the running average, then the cents are spent; when the price can no longer be given (the average cap was
     * reached meanwhile), the cents go back. Empty when the budget or the cap refuses, with the cap named.
     */
    static Optional<DecisionTrace.Pricing> grant(DynamicPricer pricer, BudgetLedger ledger, long cost,
                                                 DecisionRequest request, List<String> caps) {
        Optional<Reservation> held = ledger == null ? Optional.empty() : ledger.reserve(cost);
        if (ledger != null && held.isEmpty()) {
            caps.add("budget: " + pricer.offer().name() + " costs " + cost + " cents, " + ledger.snapshot().remaining()
                    + " left of " + ledger.cap());
            return Optional.empty();
        }
        DynamicPricer.Quote q = pricer.grant(request.userId(), request.context());
        if (q.pricing() == null) {
            held.ifPresent(ledger::release);
            caps.add("dynamic discount " + pricer.offer().name() + ": " + q.failure());
            return Optional.empty();
        }
        held.ifPresent(r -> ledger.commit(r, cost));
        return Optional.of(q.pricing());
    }

    static boolean isDynamic(Offer offer) {
        return offer.kind() == Offer.Kind.DYNAMIC_DISCOUNT;
    }
}
