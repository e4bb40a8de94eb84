package io.campaignlab.engine.models;

import java.util.Locale;

/** The model families. */
public enum ModelKind {
    LR("Logistic regression", "One weight per feature value: fast, a baseline, no interactions."),
    FM("Factorization machine", "Linear terms plus every pairwise interaction through embedding dot products."),
    DEEPFM("DeepFM", "A factorization machine and an MLP sharing one set of embeddings."),
    DCN("DCN-v2", "Explicit feature crosses (full-rank cross layers) beside an MLP, on shared embeddings."),
    DNN("DNN", "An MLP over the concatenated field embeddings."),
    ESMM("ESMM (click → purchase)", "Two towers on shared embeddings: pCTR, pCVR, and pCTCVR = pCTR × pCVR,"
            + " trained together over all impressions."),
    BST("BST (behaviour sequence)", "A Transformer layer over the user's last items and categories and the target"
            + " item, then an MLP with the other fields. Needs behaviour events."),
    GBDT("Gradient-boosted trees", "XGBoost trees (hist) on the same encoded features: a strong tabular baseline"
            + " that needs no embeddings; stops early on validation AUC.");

    private final String label;
    private final String description;

    ModelKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether the model reads the user's behaviour sequence (it then needs an events dataset). */
    public boolean sequential() {
        return this == BST;
    }

    /** Whether the model needs a second, purchase label. */
    public boolean multiTask() {
        return this == ESMM;
    }

    /** Whether it is a neural network trained with DJL (every family but gradient-boosted trees). */
    public boolean network() {
        return this != GBDT;
    }

    public static ModelKind parse(String id) {
        for (ModelKind kind : values()) {
            if (kind.id().equalsIgnoreCase(id.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "'; expected lr, fm, deepfm, dcn, dnn, esmm, bst or gbdt");
    }
}
