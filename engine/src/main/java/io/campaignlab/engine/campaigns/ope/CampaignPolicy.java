package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.segments.rules.RuleCondition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored campaign's policy as a {@link DecisionList}, for off-policy evaluation: what the decision engine's greedy
 * choice would give each unit. A unit's eligible offers are the coupon offers whose eligibility conditions all hold;
 * greedy takes the one of highest posterior mean among them, ties drawn uniformly (as {@code GreedyPolicy} breaks
 * them); the holdout share gets the control arm, and so does a unit with no eligible offer. Each offer is the logged
 * arm of its name.
 * <p>
 * The list has one rule per non-empty set T of offers, in decreasing size of T: "every condition of every offer in
 * T holds" → the top-mean offers of T. The first rule a unit matches is its full eligible set (a larger set that
 * matches would be eligible too), so the list gives exactly the greedy choice. At most {@value #MAX_OFFERS} offers.
 * With the campaign's audience members, a unit outside the audience gets the control arm ({@link AudienceGate}).
 */
public final class CampaignPolicy {

    /** The most coupon offers a campaign policy is evaluated with (2^n − 1 rules). */
    public static final int MAX_OFFERS = 10;

    private CampaignPolicy() {
    }

    /**
     * @param posteriorMeans by offer, its posterior mean of response (missing: the uniform prior's 0.5)
     * @param controlArm     the logged arm that stands for no offer
     * @throws IllegalArgumentException when the campaign has no coupon offer, too many, or an eligibility condition
     *                                  that a dataset's columns cannot test
     */
    public static DecisionList of(Campaign campaign, Map<String, Double> posteriorMeans, String controlArm) {
        List<Offer> offers = campaign.offers().stream().filter(o -> o.kind() == Offer.Kind.COUPON).toList();
        if (offers.isEmpty()) {
            throw new IllegalArgumentException("campaign '" + campaign.name() + "' has no coupon offer, the only kind"
                    + " evaluated off-policy");
        }
        return choice(offers, posteriorMeans, campaign.constraintsOrNone().holdoutShare(), controlArm);
    }

    /**
     * {@link #of(Campaign, Map, String)} for the campaign's audience only: a unit outside {@code members} gets the
     * control arm, as the decision engine gives a user outside the audience no offer.
     *
     * @param userColumn the dataset's user id column
     * @param members    the audience's user ids
     */
    public static DecisionList of(Campaign campaign, Map<String, Double> posteriorMeans, String controlArm,
                                  String userColumn, java.util.Set<String> members) {
        return of(campaign, posteriorMeans, controlArm).within(new AudienceGate(userColumn, members, controlArm));
    }

    /**
     * The engine's greedy choice among {@code offers} (coupons, or any offer the engine scores by its posterior
     * mean), each offer the arm of its name: the holdout share gets {@code controlArm}, and so does a unit for whom
     * no offer's eligibility conditions hold.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_OFFERS} offers, or an eligibility condition that
     *                                  does not parse
     */
    public static DecisionList choice(List<Offer> offers, Map<String, Double> posteriorMeans, double holdout,
                                      String controlArm) {
        if (offers.size() > MAX_OFFERS) {
            throw new IllegalArgumentException(offers.size() + " offers; at most " + MAX_OFFERS + " are evaluated"
                    + " as one policy");
        }
        List<List<RuleCondition>> conditions = new ArrayList<>();
        for (Offer o : offers) {
            List<RuleCondition> c = new ArrayList<>();
            for (String text : o.eligibility()) {
                c.add(RuleCondition.parse(text));
            }
            conditions.add(c);
        }
        List<DecisionRule> rules = new ArrayList<>();
        int n = offers.size();
        for (int size = n; size >= 1; size--) {
            for (int set = 1; set < 1 << n; set++) {
                if (Integer.bitCount(set) == size) {
                    rules.add(rule(set, offers, conditions, posteriorMeans, holdout, controlArm));
                }
            }
        }
        return new DecisionList(rules, Map.of(controlArm, 1.0));
    }

    private static DecisionRule rule(int set, List<Offer> offers, List<List<RuleCondition>> conditions,
                                     Map<String, Double> means, double holdout, String controlArm) {
        List<RuleCondition> when = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < offers.size(); i++) {
            if ((set & 1 << i) != 0) {
                when.addAll(conditions.get(i));
                best = Math.max(best, means.getOrDefault(offers.get(i).name(), 0.5));
            }
        }
        List<String> top = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            if ((set & 1 << i) != 0 && means.getOrDefault(offers.get(i).name(), 0.5) == best) {
                top.add(offers.get(i).name());
            }
        }
        Map<String, Double> arms = new LinkedHashMap<>();
        top.forEach(o -> arms.merge(o, (1 - holdout) / top.size(), Double::sum));
        if (holdout > 0) {
            arms.merge(controlArm, holdout, Double::sum);
        }
        try {
            return new DecisionRule(when, arms);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("offer eligibility: " + e.getMessage(), e);
        }
    }
}
