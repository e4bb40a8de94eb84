package io.campaignlab.engine.campaigns.policy;

/** Thompson sampling keeps one posterior per offer and segment. */
public record PosteriorKey(String offer, String segment) {

    public PosteriorKey {
        if (offer == null || segment == null) {
            throw new IllegalArgumentException("a posterior key needs an offer and a segment");
        }
    }
}
