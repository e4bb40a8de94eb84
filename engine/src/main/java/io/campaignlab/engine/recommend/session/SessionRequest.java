package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;

/**
 * What to train and how to evaluate a session model.
 *
 * @param dataset    an events dataset (user_id, item_id, timestamp roles; session_id optional)
 * @param spec       the GRU4Rec settings, the seed included
 * @param protocol   the {@code session-next-item} protocol: K and the share of sessions held out
 * @param gapMinutes without a session_id column: the idle time that ends a session
 */
public record SessionRequest(String dataset, Gru4RecSpec spec, EvaluationProtocol protocol, int gapMinutes) {

    public SessionRequest {
        if (protocol.kind() != EvaluationProtocol.Kind.SESSION_NEXT_ITEM) {
            throw new IllegalArgumentException("a session model is evaluated with the session-next-item protocol,"
                    + " not " + protocol.kind().id());
        }
        if (gapMinutes < 1) {
            throw new IllegalArgumentException("the session gap must be at least one minute, was " + gapMinutes);
        }
    }

    /** The default gap that ends a session: 30 minutes. */
    public static final int DEFAULT_GAP_MINUTES = 30;
}
