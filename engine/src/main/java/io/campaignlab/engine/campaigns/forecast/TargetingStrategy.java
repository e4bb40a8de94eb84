package io.campaignlab.engine.campaigns.forecast;

import java.util.Locale;

/** Whom a campaign grants first: the users with the highest score of one kind. */
public enum TargetingStrategy {
    /** Predicted click-through rate: the seed's approach, the users most likely to click an ad. */
    PCTR,
    /** Predicted conversion with the offer: the users most likely to buy. */
    PCVR,
    /** Predicted uplift: the users whose buying the offer changes most. */
    UPLIFT,
    /** A seeded random order: the floor. */
    RANDOM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
