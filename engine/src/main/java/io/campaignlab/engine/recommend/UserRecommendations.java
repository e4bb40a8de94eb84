package io.campaignlab.engine.recommend;

import java.util.List;
import java.util.Map;

/**
 * One user's recent history and recommendations with reasons, from a stored run.
 *
 * @param run             the run
 * @param model           its model kind
 * @param user            the raw user id
 * @param history         the user's most recent events, newest first
 * @param recommendations the top items, best first
 * @param warning         a note when the dataset changed since the run, else null
 * @param fallback        how the list was made when the model could not rank for the user (an unknown user, or
 *                        one with no history the model knows): {@code popularity} or {@code popularity in category
 *                        X}; null when the model ranked
 * @param skippedItems    history items the model does not know (new since training), left out of the fold-in
 * @param items           name and category of each item shown, from an items dataset; empty without one
 */
public record UserRecommendations(long run, String model, String user, List<Event> history,
                                  List<Recommendation> recommendations, String warning, String fallback,
                                  List<String> skippedItems, Map<String, ItemInfo> items) {

    public UserRecommendations {
        history = List.copyOf(history);
        recommendations = List.copyOf(recommendations);
        skippedItems = List.copyOf(skippedItems);
        items = Map.copyOf(items);
    }

    /** What the model ranked, with no fallback, no skipped item and no item names. */
    public UserRecommendations(long run, String model, String user, List<Event> history,
                               List<Recommendation> recommendations, String warning) {
        this(run, model, user, history, recommendations, warning, null, List.of(), Map.of());
    }

    /** The same, with the items' names and categories. */
    public UserRecommendations withItems(Map<String, ItemInfo> names) {
        return new UserRecommendations(run, model, user, history, recommendations, warning, fallback, skippedItems,
                names);
    }

    /** An item as people read it: "Tidewear · apparel (item 17)", or "item 17" without a name. */
    public String describe(String item) {
        ItemInfo info = items.get(item);
        return info == null ? "item " + item : info.label() + " (item " + item + ")";
    }

    /** An item for a table cell: "Tidewear · apparel (17)", or the bare id without a name. */
    public String named(String item) {
        ItemInfo info = items.get(item);
        return info == null ? item : info.label() + " (" + item + ")";
    }

    /**
     * An item's name and category.
     *
     * @param name     the name (or, when the items dataset has none, its brand); may be null
     * @param category the category; may be null
     */
    public record ItemInfo(String name, String category) {

        /** "Name · category", whichever of them there is. */
        public String label() {
            if (name == null) {
                return category == null ? "" : category;
            }
            return category == null ? name : name + " · " + category;
        }
    }

    /** One past event. */
    public record Event(String item, long epochMillis, double weight, boolean purchase) {
    }

    /** One recommended item and the history items behind it. */
    public record Recommendation(String item, double score, List<Because> because) {
    }

    /** One history item's contribution. */
    public record Because(String item, double contribution) {
    }
}
