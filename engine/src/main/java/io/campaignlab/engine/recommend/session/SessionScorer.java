package io.campaignlab.engine.recommend.session;

/**
 * Scores every catalogue item as the next click of a session, after each prefix of the session. Implementations
 * are the session model and the baselines it is compared with; all are judged by {@link SessionEvaluator}.
 */
public interface SessionScorer {

    /** The catalogue size: every score row has one slot per item. */
    int itemCount();

    /**
     * The scores after each prefix: row {@code t} scores the click after {@code session[0..t]} (so
     * {@code session.length} rows). Higher is better.
     */
    float[][] prefixScores(int[] session);

    /** {@link #prefixScores(int[])} of each session; models override it to score in batches. */
    default float[][][] prefixScores(int[][] sessions) {
        float[][][] out = new float[sessions.length][][];
        for (int s = 0; s < sessions.length; s++) {
            out[s] = prefixScores(sessions[s]);
        }
        return out;
    }

    /**
     * The scores before any click: what the scorer falls back on when a session is empty (the model's prior). Used
     * by occlusion explanations of one-click sessions.
     */
    float[] emptySessionScores();

    /** The scores after the whole session: the last row of {@link #prefixScores}. */
    default float[] nextScores(int[] session) {
        if (session.length == 0) {
            throw new IllegalArgumentException("an empty session has no next click to score");
        }
        float[][] rows = prefixScores(session);
        return rows[rows.length - 1];
    }
}
