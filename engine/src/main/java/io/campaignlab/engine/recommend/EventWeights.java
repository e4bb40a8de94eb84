package io.campaignlab.engine.recommend;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How much one event of each type counts in the implicit-feedback matrix.
 *
 * @param weights       weight by event type (lower case), for example {@code view=1, click=2, cart=3, purchase=5}
 * @param otherWeight   the weight of an event type not in the map (and of every event when there is no type column)
 * @param purchaseType  the event type that marks a purchase
 */
public record EventWeights(Map<String, Double> weights, double otherWeight, String purchaseType) {

    public EventWeights {
        Map<String, Double> copy = new LinkedHashMap<>();
        weights.forEach((k, v) -> {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("the weight of event type '" + k + "' must be finite and >= 0");
            }
            copy.put(k.toLowerCase(Locale.ROOT), v);
        });
        weights = java.util.Collections.unmodifiableMap(copy);
        purchaseType = purchaseType.toLowerCase(Locale.ROOT);
    }

    /** view 1, click 2, cart 3, purchase 5; any other type 1. */
    public static EventWeights defaults() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("view", 1.0);
        w.put("click", 2.0);
        w.put("cart", 3.0);
        w.put("purchase", 5.0);
        return new EventWeights(w, 1.0, "purchase");
    }

    public double weight(String type) {
        if (type == null) {
            return otherWeight;
        }
        Double w = weights.get(type.toLowerCase(Locale.ROOT));
        return w == null ? otherWeight : w;
    }

    public boolean isPurchase(String type) {
        return type != null && type.equalsIgnoreCase(purchaseType);
    }
}
