package io.campaignlab.engine.campaigns.decide;

import java.time.Instant;
import java.util.List;

/**
 * One decision served: what the API returns and the decision log stores.
 *
 * @param decisionId   unique id, quoted back in feedback
 * @param userId       the unit decided for
 * @param campaign     the campaign's name
 * @param version      the published version that decided
 * @param arm          {@code treatment} or {@code holdout}
 * @param offer        the offer served, or null (holdout, or a fallback)
 * @param discount     the offer's discount (percent for a percentage coupon, money for a fixed one), or null
 * @param discountUnit {@code percent} or {@code amount}, or null with no offer
 * @param score        the winner's policy score, or null with no offer
 * @param costCents    the cost granted against the budget, in cents (0 with no offer)
 * @param decidedAt    when it was decided, by the engine's clock
 * @param explanation  feature contributions; empty in this cut
 * @param trace        why
 */
public record Decision(String decisionId, String userId, String campaign, int version, String arm, String offer,
                       Double discount, String discountUnit, Double score, long costCents, Instant decidedAt,
                       List<Contribution> explanation, DecisionTrace trace) {

    public Decision {
        explanation = List.copyOf(explanation);
    }

    /**
     * Whether the no-offer fallback was served for a reason other than the holdout or the user's not being the
     * campaign's to treat (outside its audience, or given to another campaign of its exclusion group).
     */
    public boolean fellBack() {
        String f = trace.fallback();
        return f != null && !"holdout".equals(f) && !"not_in_audience".equals(f) && !"exclusion_group".equals(f);
    }

    /** One feature's contribution to the winner's score. */
    public record Contribution(String feature, double contribution) {
    }
}
