package io.campaignlab.engine.campaigns.decide;

import java.util.Map;

/**
 * Fills one recommendation offer's item slots for a user with a recommender held warm. Thread-safe; close it to free
 * what it holds.
 */
public interface SlotFiller extends AutoCloseable {

    /**
     * The user's top {@code slots} items (distinct), from the run's model; for a user the model cannot rank for, the
     * most popular items within the context's category when it names one, marked as a cold start.
     *
     * @throws RuntimeException when the model fails; the engine then serves without this offer
     */
    FilledSlots fill(String userId, Map<String, Object> context, int slots);

    @Override
    void close();
}
