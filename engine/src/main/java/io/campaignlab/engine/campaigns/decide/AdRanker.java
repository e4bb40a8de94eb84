package io.campaignlab.engine.campaigns.decide;

import java.util.Map;

/**
 * Ranks one ad offer's creatives for a user with a CTR model held warm. Thread-safe; close it to free the model's
 * native memory.
 */
public interface AdRanker extends AutoCloseable {

    /**
     * Scores every creative for the user (stored features, or the context alone for an unknown user) and explains the
     * best one.
     *
     * @throws RuntimeException when the model fails; the engine then serves without this offer and counts it
     */
    AdRanking rank(String userId, Map<String, Object> context);

    @Override
    void close();
}
