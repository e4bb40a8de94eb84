package io.campaignlab.engine.recommend;

import io.campaignlab.engine.recommend.als.AlsRecommender;
import io.campaignlab.engine.recommend.bpr.BprRecommender;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainAlsRecommender;
import io.campaignlab.engine.recommend.knn.ItemKnnRecommender;
import io.campaignlab.engine.recommend.session.SessionTrainingJob;

import java.util.Locale;

/** The recommenders, with the model kind their runs record. */
public enum RecommenderKind {
    POP("pop", "rec-pop", "Global popularity"),
    RECENT("recent", "rec-recent", "Recent popularity"),
    ITEMKNN("itemknn", "rec-itemknn", "Item-kNN (cosine, shrinkage)"),
    ALS("als", "rec-als", "Implicit ALS (conjugate gradient)"),
    BPR("bpr", "rec-bpr", "BPR matrix factorisation (DJL)"),
    /** A session model: trained by {@link SessionTrainingJob}, not through {@link #create()}. */
    GRU4REC("gru4rec", "rec-gru4rec", "GRU4Rec session model (DJL)"),
    /** A session model like GRU4Rec, with causal self-attention instead of a GRU (Kang and McAuley 2018). */
    SASREC("sasrec", "rec-sasrec", "SASRec session model (DJL)"),
    /** Cross-domain: shared user factors over a target and a source domain ({@link CrossDomainAlsRecommender}). */
    CDR("cdr", "rec-cdr", "Cross-domain ALS (shared user factors)");

    private final String id;
    private final String runKind;
    private final String label;

    RecommenderKind(String id, String runKind, String label) {
        this.id = id;
        this.runKind = runKind;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The model kind stored with the run, for example {@code rec-als}. */
    public String runKind() {
        return runKind;
    }

    public String label() {
        return label;
    }

    public ItemRecommender create() {
        switch (this) {
            case POP:
            case RECENT:
                return new PopularityRecommender(this == RECENT);
            case ITEMKNN:
                return new ItemKnnRecommender();
            case BPR:
                return new BprRecommender();
            case GRU4REC:
            case SASREC:
                throw new IllegalArgumentException(id + " is a session model on click sequences, not a user ×"
                        + " item recommender; train it with SessionTrainingJob (recommend train --model " + id + ")");
            case CDR:
                throw new IllegalArgumentException("the cross-domain recommender (cdr) needs a source domain as well"
                        + " as the target; train it with a source dataset (CrossDomainTrainingJob, --source)");
            default:
                return new AlsRecommender();
        }
    }

    /** Whether it is a session (next-click) model, trained by {@link SessionTrainingJob}. */
    public boolean session() {
        return this == GRU4REC || this == SASREC;
    }

    public static RecommenderKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (RecommenderKind k : values()) {
            if (k.id.equals(t) || k.runKind.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown recommender '" + text + "'; expected pop, recent, itemknn, als,"
                + " bpr, gru4rec, sasrec or cdr");
    }
}
