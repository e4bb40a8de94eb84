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
 * @param explanation  feature contributions of the winner's score (a served ad's fields); empty otherwise
 * @param trace        why
 * @param slots        a served recommendation offer's items, best first (empty for any other offer); where they
 *                     came from is the trace's {@code recommendation}
 */
public record Decision(String decisionId, String userId, String campaign, int version, String arm, String offer,
                       Double discount, String discountUnit, Double score, long costCents, Instant decidedAt,
                       List<Contribution> explanation, DecisionTrace trace, List<Slot> slots) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public Decision {
        explanation = List.copyOf(explanation);
        slots = slots == null ? List.of() : List.copyOf(slots);
    }

    /** A decision without recommendation slots. */
    public Decision(String decisionId, String userId, String campaign, int version, String arm, String offer,
                    Double discount, String discountUnit, Double score, long costCents, Instant decidedAt,
                    List<Contribution> explanation, DecisionTrace trace) {
        this(decisionId, userId, campaign, version, arm, offer, discount, discountUnit, score, costCents, decidedAt,
                explanation, trace, List.of());
    }

    /**
     * Whether the no-offer fallback was served for a reason other than the holdout or the user's not being the
     * campaign's to treat (outside its audience, or given to another campaign of its exclusion group).
     */
    public boolean fellBack() {
        String f = trace.fallback();
        return f != null && !"holdout".equals(f) && !"not_in_audience".equals(f) && !"exclusion_group".equals(f);
    }

    /**
     * One filled recommendation slot.
     *
     * @param item     the item's id
     * @param name     its name from the items dataset, or null when it has none there
     * @param category its category from the items dataset, or null
     * @param score    the recommender's score; for the popularity fallback, the share of users who had the item
     */
    public record Slot(String item, String name, String category, double score) {
    }

    /** One feature's contribution to the winner's score. */
    public record Contribution(String feature, double contribution) {
    }
}
