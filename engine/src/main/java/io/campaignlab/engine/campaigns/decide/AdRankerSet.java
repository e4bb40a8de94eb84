package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Offer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opens the rankers of a version's ad offers, all or none: when one fails, those opened are closed again. */
final class AdRankerSet {

    private AdRankerSet() {
    }

    static Map<String, AdRanker> open(AdRankers rankers, List<Offer> offers) {
        Map<String, AdRanker> opened = new HashMap<>();
        try {
            for (Offer offer : offers) {
                if (offer.kind() == Offer.Kind.AD) {
                    AdRanker ranker = rankers.open(offer);
                    if (ranker != null) {
                        opened.put(offer.name(), ranker);
                    }
                }
            }
            return opened;
        } catch (RuntimeException e) {
            opened.values().forEach(AdRanker::close);
            throw e;
        }
    }
}
