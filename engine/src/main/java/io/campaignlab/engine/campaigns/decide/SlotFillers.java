package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Offer;

/** Opens the slot filler of a recommendation offer when its campaign version is loaded. */
@FunctionalInterface
public interface SlotFillers {

    /** No recommender: recommendation offers are skipped, with a line in the trace. */
    SlotFillers NONE = offer -> null;

    /**
     * The filler of a recommendation offer, or null when recommendations are not served here.
     *
     * @throws IllegalArgumentException naming the offer and its run when the run cannot be served
     */
    SlotFiller open(Offer offer);
}
