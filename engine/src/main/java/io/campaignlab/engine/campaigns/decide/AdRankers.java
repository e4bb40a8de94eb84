package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Offer;

/** Opens the ranker of an ad offer when its campaign version is loaded. */
@FunctionalInterface
public interface AdRankers {

    /** No ranking: ad offers are skipped, with a line in the trace. */
    AdRankers NONE = offer -> null;

    /**
     * The ranker of an ad offer, or null when ads are not ranked here.
     *
     * @throws IllegalArgumentException naming the offer and its run when the run cannot be served
     */
    AdRanker open(Offer offer);
}
