package io.campaignlab.views.recommend;

import io.campaignlab.engine.recommend.evaluation.RankingCurve;

/** Which of a run's curves the chart draws against K. */
public enum CurveMetric {
    RECALL("recall@K"), NDCG("NDCG@K"), HIT_RATE("hit rate@K");

    private final String label;

    CurveMetric(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The values at K = 1..maxK. */
    public double[] values(RankingCurve curve) {
        switch (this) {
            case NDCG:
                return curve.ndcg();
            case HIT_RATE:
                return curve.hitRate();
            default:
                return curve.recall();
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
