package io.campaignlab.views.recommend;

import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.UserRecommendations;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How the Recommend section writes protocols, metrics, events and the reasons behind a recommendation. */
public final class RecommendFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RecommendFormats() {
    }

    /**
     * A protocol in words: kind, target, K, and the cut share of a chronological split and "repurchase" when bought
     * items may come back, for example {@code leave-last-out · purchase · K=20}. Null gives "unknown protocol".
     */
    public static String protocol(EvaluationProtocol p) {
        return p == null ? "unknown protocol" : split(p).replace(" · repurchase", "") + " · K=" + p.k()
                + (p.allowRepurchase() ? " · repurchase" : "");
    }

    /**
     * The protocol without its K (kind, cut, target, repurchase): runs that differ only in K hold out the same items,
     * so their curves compare at every K even though their single-K figures do not.
     */
    public static String split(EvaluationProtocol p) {
        if (p == null) {
            return "unknown protocol";
        }
        StringBuilder text = new StringBuilder(p.kind().id());
        if (p.kind() == EvaluationProtocol.Kind.CHRONOLOGICAL) {
            text.append(String.format(Locale.ROOT, " (cut %.0f%%)", p.cutFraction() * 100));
        }
        text.append(" · ").append(p.target().id());
        if (p.allowRepurchase()) {
            text.append(" · repurchase");
        }
        return text.toString();
    }

    /** A rate with four decimals: 0.1234; "—" for none. */
    public static String rate(Double value) {
        return value == null || value.isNaN() ? "—" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A count with thousands separators. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** An event time, UTC, to the minute. */
    public static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /**
     * The type of a past event, from its weight under the run's event weights: the purchase type when it was a
     * purchase, else the one type with that weight, else {@code weight w}.
     */
    public static String eventType(UserRecommendations.Event event, EventWeights weights) {
        if (event.purchase()) {
            return weights.purchaseType();
        }
        String found = null;
        for (Map.Entry<String, Double> e : weights.weights().entrySet()) {
            if (e.getValue() == event.weight() && !e.getKey().equals(weights.purchaseType())) {
                if (found != null) {
                    found = null;
                    break;
                }
                found = e.getKey();
            }
        }
        if (found != null) {
            return found;
        }
        return event.weight() == weights.otherWeight() && weights.weights().values().stream()
                .noneMatch(w -> w == event.weight()) ? "other" : String.format(Locale.ROOT, "weight %.3g",
                event.weight());
    }

    /**
     * Why an item is recommended, in a sentence: item-kNN "because you viewed X and Y" (its most similar history
     * items); ALS and other factor models "top contributing history items: X (0.42), Y (0.31)"; popularity "popular
     * overall" or "popular recently"; a model without reasons says so.
     */
    public static String because(Optional<RecommenderKind> kind, List<UserRecommendations.Because> because) {
        String id = kind.map(RecommenderKind::id).orElse("");
        if (id.equals("pop")) {
            return "popular overall (most interactions in training)";
        }
        if (id.equals("recent")) {
            return "popular recently (most interactions in the last days of training)";
        }
        if (because.isEmpty()) {
            return "no history item contributes (a fallback score)";
        }
        if (id.equals("itemknn")) {
            return "because you viewed " + joined(because.stream().map(UserRecommendations.Because::item).toList());
        }
        return "top contributing history items: " + String.join(", ", because.stream()
                .map(b -> b.item() + String.format(Locale.ROOT, " (%.2f)", b.contribution())).toList());
    }

    /** X; X and Y; X, Y and Z. */
    static String joined(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
