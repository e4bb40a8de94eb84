package io.campaignlab.engine.recommend.session;

import java.util.List;

/**
 * A finished session-model run, stored as the run's {@code recommend-session} report.
 *
 * @param runId         the run
 * @param model         GRU4Rec's evaluation
 * @param baselines     popularity and item-kNN (last click, whole prefix) on the same split, for context
 * @param history       the epochs
 * @param trainSessions training sessions
 * @param trainClicks   training clicks
 * @param sessionSource how sessions were formed
 * @param seconds       the whole run
 */
public record SessionOutcome(long runId, NextItemEvaluation model, List<NextItemEvaluation> baselines,
                             Gru4RecModel.History history, int trainSessions, long trainClicks, String sessionSource,
                             double seconds) {
}
