package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.campaigns.Cents;
import io.campaignlab.engine.campaigns.Offer;

import java.util.ArrayList;
import java.util.List;

/**
 * Which offer the policy would serve each scored user, as probabilities, and the budget's share of the paid grants.
 * The decision engine's greedy choice on posterior means that are all the prior's before launch gives a treated user
 * one of its eligible offers uniformly ({@code CampaignPolicy.choice}); the holdout takes its share of every user;
 * the budget, spent on grants in arrival order, lets through the share {@code cap / expected grant spend} (at most
 * 1) of the paid offers' grants, in expectation, while free offers go on being served.
 *
 * @param offers  the offers the policy chooses among
 * @param chosen  {@code [offer][user]}: P(the policy serves the offer | the user is treated and the budget allows)
 */
record OfferMix(List<Offer> offers, double[][] chosen) {

    int users() {
        return chosen.length == 0 ? 0 : chosen[0].length;
    }

    int indexOf(String offer) {
        for (int o = 0; o < offers.size(); o++) {
            if (offers.get(o).name().equals(offer)) {
                return o;
            }
        }
        return -1;
    }

    /** The mean of {@code chosen} over users, per offer. */
    double[] eligibleShares() {
        double[] out = new double[offers.size()];
        for (int o = 0; o < out.length; o++) {
            double sum = 0;
            for (double p : chosen[o]) {
                sum += p;
            }
            out[o] = users() == 0 ? 0 : sum / users();
        }
        return out;
    }

    /**
     * Each offer's factor from chooser probability to served probability among {@code audience} users: the treated
     * share, times the budget's share for a paid offer.
     *
     * @param budget null for none
     */
    double[] servedFactors(double holdout, Double budget, double audience) {
        double[] shares = eligibleShares();
        double expectedCents = 0;
        for (int o = 0; o < offers.size(); o++) {
            expectedCents += Cents.grant(offers.get(o)) * shares[o] * audience * (1 - holdout);
        }
        double budgetShare = budget == null || expectedCents <= 0 ? 1
                : Math.min(1, Cents.budget(budget) / expectedCents);
        double[] out = new double[offers.size()];
        for (int o = 0; o < out.length; o++) {
            out[o] = (1 - holdout) * (Cents.grant(offers.get(o)) > 0 ? budgetShare : 1);
        }
        return out;
    }

    /** Each user's served probability of offer o, given its factor. */
    double[] served(int o, double factor) {
        double[] out = new double[users()];
        for (int i = 0; i < out.length; i++) {
            out[i] = chosen[o][i] * factor;
        }
        return out;
    }

    /**
     * The mix when offer o can be given only to the users with {@code eligible[i]} (a dynamic discount the engine
     * cannot price for the others): an ineligible user's share of o goes to its other offers, in proportion (the
     * greedy choice among tied priors splits evenly over the offers left), or to no offer when o was its only one.
     */
    OfferMix restricted(int o, boolean[] eligible) {
        double[][] out = new double[chosen.length][];
        for (int k = 0; k < chosen.length; k++) {
            out[k] = chosen[k].clone();
        }
        for (int i = 0; i < users(); i++) {
            double q = chosen[o][i];
            if (eligible[i] || q <= 0) {
                continue;
            }
            out[o][i] = 0;
            for (int k = 0; k < chosen.length; k++) {
                if (k != o) {
                    out[k][i] = q < 1 ? chosen[k][i] / (1 - q) : 0;
                }
            }
        }
        return new OfferMix(offers, out);
    }

    /** Offers by index, for the names in a list. */
    List<Integer> indexes(List<String> names) {
        List<Integer> out = new ArrayList<>();
        names.forEach(n -> out.add(indexOf(n)));
        return out;
    }
}
