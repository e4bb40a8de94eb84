package io.campaignlab.engine.campaigns.decide;

/**
 * What the decision log holds of one offer of one campaign version, to rebuild its Thompson posterior on load.
 *
 * @param offer     the offer's name
 * @param segment   the segment it was scored in
 * @param served    decisions that served it
 * @param responded of those, how many got at least one feedback event of the campaign's response event
 */
public record OfferTally(String offer, String segment, long served, long responded) {

    public OfferTally {
        if (served < 0 || responded < 0 || responded > served) {
            throw new IllegalArgumentException("offer " + offer + ": " + responded + " responses to " + served
                    + " served");
        }
    }
}
