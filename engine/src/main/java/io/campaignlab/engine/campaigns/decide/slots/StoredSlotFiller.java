package io.campaignlab.engine.campaigns.decide.slots;

import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.FilledSlots;
import io.campaignlab.engine.campaigns.decide.SlotFiller;
import io.campaignlab.engine.recommend.StoredRecommender;
import io.campaignlab.engine.recommend.UserRecommendations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One recommendation offer's slots from its run held open: the run's own top items for a user it can rank for (what
 * {@code recommend for --k SLOTS} lists), else the most popular items the user does not have, within the request
 * context's {@value #CATEGORY} when it names one the items dataset files items under (else over every item).
 */
final class StoredSlotFiller implements SlotFiller {

    /** The context key whose value narrows the popularity fallback to one category. */
    static final String CATEGORY = "category";

    private final String offer;
    private final StoredRecommender recommender;

    StoredSlotFiller(String offer, StoredRecommender recommender) {
        this.offer = offer;
        this.recommender = recommender;
    }

    @Override
    public FilledSlots fill(String userId, Map<String, Object> context, int slots) {
        Object c = context == null ? null : context.get(CATEGORY);
        String category = c == null || c.toString().isBlank() || recommender.catalog().isEmpty() ? null
                : c.toString();
        UserRecommendations recs = recommender.forUser(userId, slots, 1, category, false);
        if (recs.fallback() != null && category != null && recs.recommendations().isEmpty()) {
            recs = recommender.forUser(userId, slots, 1, null, false);
        }
        List<Decision.Slot> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (UserRecommendations.Recommendation r : recs.recommendations()) {
            if (items.size() < slots && seen.add(r.item())) {
                UserRecommendations.ItemInfo info = recs.items().get(r.item());
                items.add(new Decision.Slot(r.item(), info == null ? null : info.name(),
                        info == null ? null : info.category(), r.score()));
            }
        }
        boolean cold = recs.fallback() != null;
        return new FilledSlots(offer, recommender.runId(), recommender.model(), slots, items,
                cold ? recs.fallback() : "model", cold, !cold ? null
                : recs.history().isEmpty() ? "unknown user" : "no history the model knows");
    }

    @Override
    public void close() {
        // the recommender holds heap arrays only
    }
}
