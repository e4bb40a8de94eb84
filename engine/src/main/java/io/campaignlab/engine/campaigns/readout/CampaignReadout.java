package io.campaignlab.engine.campaigns.readout;

import io.campaignlab.engine.experiments.AbCosts;
import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.NetValue;

import java.util.List;

/**
 * A campaign's logged decisions read out as an A/B test of the treated arm against the holdout.
 *
 * @param campaign  the campaign's name
 * @param version   the version that serves (the live one)
 * @param dataset   the decisions dataset the readout was computed on (written afresh from the log)
 * @param treated   decisions in the treated arm
 * @param holdout   decisions in the holdout arm
 * @param readout   the readout of conversion and value per decision
 * @param costs     the treated arm's mean grant cost per decision and conversion cost per conversion, over every
 *                  offer granted; null when nothing cost anything
 * @param net       the treated arm net of what it cost (one entry; empty when nothing cost anything)
 * @param sentences the readout in plain words, as {@code ab} prints it
 * @param offers    every offer served, priced and read against the holdout, then the total
 */
public record CampaignReadout(String campaign, int version, String dataset, long treated, long holdout,
                              AbReadout readout, AbCosts costs, List<NetValue> net, List<String> sentences,
                              List<OfferReadout> offers) {

    public CampaignReadout {
        offers = List.copyOf(offers);
        net = List.copyOf(net);
        sentences = List.copyOf(sentences);
    }

    /** What the treated arm cost in all: its mean cost per decision (granted offers only) times its decisions. */
    public double cost() {
        return net.isEmpty() ? 0 : net.get(0).costPerTreated() * treated;
    }

    /** Incremental value net of cost per unit of cost (NaN when nothing cost anything). */
    public double roi() {
        return net.isEmpty() ? Double.NaN : net.get(0).roi();
    }
}
