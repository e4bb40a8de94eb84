package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Offer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Opens the models a version's offers of one kind are served with (the ad offers' rankers, the recommendation offers'
 * slot fillers), all or none: when one fails, those opened are closed again.
 */
final class OfferModels {

    private OfferModels() {
    }

    /** @param open the model of an offer, or null when it has none here */
    static <T extends AutoCloseable> Map<String, T> open(List<Offer> offers, Offer.Kind kind,
                                                         Function<Offer, T> open) {
        Map<String, T> opened = new HashMap<>();
        try {
            for (Offer offer : offers) {
                if (offer.kind() == kind) {
                    T model = open.apply(offer);
                    if (model != null) {
                        opened.put(offer.name(), model);
                    }
                }
            }
            return opened;
        } catch (RuntimeException e) {
            close(opened.values());
            throw e;
        }
    }

    /** Closes each; a failure to close one does not keep the others open. */
    static void close(Iterable<? extends AutoCloseable> models) {
        for (AutoCloseable m : models) {
            try {
                m.close();
            } catch (Exception e) {
                // what it held is lost either way; the others are still closed
            }
        }
    }
}
