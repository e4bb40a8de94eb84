package io.campaignlab.engine.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaignlab.engine.models.gbdt.GbdtSettings;

import java.util.List;
import java.util.function.Consumer;

/**
 * Training settings. {@link #defaults()} suits tabular CTR data of 10k–10M rows.
 *
 * @param embeddingDim    size of each field embedding (FM, DeepFM, DCN, DNN, ESMM)
 * @param hidden          MLP layer widths
 * @param dropout         dropout after each MLP layer, 0 to disable
 * @param crossLayers     DCN-v2 cross layers
 * @param learningRate    Adam learning rate
 * @param embeddingL2     L2 penalty on the embedding rows a batch uses
 * @param batchSize       rows per batch
 * @param maxEpochs       at most this many passes over the training split
 * @param patience        stop after this many epochs without a better validation AUC; the best epoch is restored
 * @param purchaseLabel   ESMM: the purchase label column (purchased given an impression), else null
 * @param sparseEmbeddings update only the embedding rows a batch uses (row-wise lazy Adam) instead of every row
 * @param crossRank       DCN-v2: the rank r of each cross layer's weight W = U·Vᵀ (the paper's low-rank form),
 *                        or 0 for full-rank d × d weights
 * @param gbdt            gradient-boosted trees' settings; null for the networks (then left out of the JSON)
 */
public record Hyperparameters(int embeddingDim, List<Integer> hidden, double dropout, int crossLayers,
                              double learningRate, double embeddingL2, int batchSize, int maxEpochs, int patience,
                              String purchaseLabel, boolean sparseEmbeddings, int crossRank,
                              @JsonInclude(JsonInclude.Include.NON_NULL) GbdtSettings gbdt) {

    /** Network settings (no tree settings). */
    public Hyperparameters(int embeddingDim, List<Integer> hidden, double dropout, int crossLayers,
                           double learningRate, double embeddingL2, int batchSize, int maxEpochs, int patience,
                           String purchaseLabel, boolean sparseEmbeddings, int crossRank) {
        this(embeddingDim, hidden, dropout, crossLayers, learningRate, embeddingL2, batchSize, maxEpochs, patience,
                purchaseLabel, sparseEmbeddings, crossRank, null);
    }

    /** The default cross rank: a quarter of the 320-wide input of 20 fields × 16, as the DCN-v2 paper suggests. */
    public static final int DEFAULT_CROSS_RANK = 64;

    /** Settings with row-wise embedding updates and the default cross rank. */
    public Hyperparameters(int embeddingDim, List<Integer> hidden, double dropout, int crossLayers,
                           double learningRate, double embeddingL2, int batchSize, int maxEpochs, int patience,
                           String purchaseLabel) {
        this(embeddingDim, hidden, dropout, crossLayers, learningRate, embeddingL2, batchSize, maxEpochs, patience,
                purchaseLabel, true, DEFAULT_CROSS_RANK);
    }

    public Hyperparameters {
        hidden = List.copyOf(hidden);
        if (embeddingDim < 1 || batchSize < 1 || maxEpochs < 1 || patience < 1 || crossLayers < 0 || crossRank < 0) {
            throw new IllegalArgumentException("embeddingDim, batchSize, maxEpochs and patience must be positive,"
                    + " cross layers and rank not negative");
        }
        if (!(learningRate > 0) || embeddingL2 < 0 || dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("learning rate must be positive, L2 non-negative, dropout in [0, 1)");
        }
    }

    public static Hyperparameters defaults() {
        return new Hyperparameters(16, List.of(64, 32), 0.1, 2, 0.002, 1e-6, 2048, 10, 2, null, true,
                DEFAULT_CROSS_RANK);
    }

    /**
     * The defaults for a model family: logistic regression, a convex model with nothing to over-fit in its
     * interactions, takes a five times larger step.
     */
    public static Hyperparameters defaultsFor(ModelKind kind) {
        return switch (kind) {
            case LR -> defaults().withLearningRate(0.01);
            case GBDT -> defaults().withGbdt(GbdtSettings.defaults());
            default -> defaults();
        };
    }

    /** The tree settings, or their defaults when none were given. */
    public GbdtSettings gbdtOrDefaults() {
        return gbdt == null ? GbdtSettings.defaults() : gbdt;
    }

    public Hyperparameters withGbdt(GbdtSettings value) {
        return with(d -> d.gbdt = value);
    }

    public Hyperparameters withMaxEpochs(int value) {
        return with(d -> d.maxEpochs = value);
    }

    public Hyperparameters withBatchSize(int value) {
        return with(d -> d.batchSize = value);
    }

    public Hyperparameters withLearningRate(double value) {
        return with(d -> d.learningRate = value);
    }

    public Hyperparameters withEmbeddingDim(int value) {
        return with(d -> d.embeddingDim = value);
    }

    public Hyperparameters withHidden(List<Integer> value) {
        return with(d -> d.hidden = value);
    }

    public Hyperparameters withDropout(double value) {
        return with(d -> d.dropout = value);
    }

    public Hyperparameters withEmbeddingL2(double value) {
        return with(d -> d.embeddingL2 = value);
    }

    public Hyperparameters withPatience(int value) {
        return with(d -> d.patience = value);
    }

    public Hyperparameters withPurchaseLabel(String value) {
        return with(d -> d.purchaseLabel = value);
    }

    public Hyperparameters withSparseEmbeddings(boolean value) {
        return with(d -> d.sparseEmbeddings = value);
    }

    public Hyperparameters withCrossRank(int value) {
        return with(d -> d.crossRank = value);
    }

    /** These settings with one change applied to a copy; the result is validated like any other. */
    private Hyperparameters with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.freeze();
    }

    /** A mutable copy of the settings, so that each wither states only the setting it changes. */
    private static final class Draft {
        private int embeddingDim;
        private List<Integer> hidden;
        private double dropout;
        private int crossLayers;
        private double learningRate;
        private double embeddingL2;
        private int batchSize;
        private int maxEpochs;
        private int patience;
        private String purchaseLabel;
        private boolean sparseEmbeddings;
        private int crossRank;
        private GbdtSettings gbdt;

        private Draft(Hyperparameters from) {
            embeddingDim = from.embeddingDim;
            hidden = from.hidden;
            dropout = from.dropout;
            crossLayers = from.crossLayers;
            learningRate = from.learningRate;
            embeddingL2 = from.embeddingL2;
            batchSize = from.batchSize;
            maxEpochs = from.maxEpochs;
            patience = from.patience;
            purchaseLabel = from.purchaseLabel;
            sparseEmbeddings = from.sparseEmbeddings;
            crossRank = from.crossRank;
            gbdt = from.gbdt;
        }

        private Hyperparameters freeze() {
            return new Hyperparameters(embeddingDim, hidden, dropout, crossLayers, learningRate, embeddingL2,
                    batchSize, maxEpochs, patience, purchaseLabel, sparseEmbeddings, crossRank, gbdt);
        }
    }

    /** What each setting does, for tooltips, keyed by record component name. */
    public static final java.util.Map<String, String> HELP = java.util.Map.ofEntries(
            java.util.Map.entry("embeddingDim",
                    "Size of each field's embedding vector. Larger learns finer interactions, slower."),
            java.util.Map.entry("hidden",
                    "Widths of the MLP layers, comma separated (DeepFM, DCN, DNN, ESMM, BST)."),
            java.util.Map.entry("sequenceLength",
                    "BST: how many of the user's last events before each impression the Transformer reads."),
            java.util.Map.entry("dropout",
                    "Share of MLP units dropped at random in training; fights over-fitting."),
            java.util.Map.entry("crossLayers",
                    "DCN-v2 cross layers: each adds one more order of explicit feature crosses."),
            java.util.Map.entry("learningRate",
                    "Adam step size. Too high diverges, too low trains slowly."),
            java.util.Map.entry("embeddingL2",
                    "L2 penalty on the embedding rows each batch uses; fights over-fitting rare values."),
            java.util.Map.entry("batchSize",
                    "Rows per gradient step. Larger is faster per row, noisier per epoch."),
            java.util.Map.entry("maxEpochs",
                    "Passes over the training split at most."),
            java.util.Map.entry("patience",
                    "Epochs without a better validation AUC before stopping; the best epoch is kept."),
            java.util.Map.entry("sparseEmbeddings",
                    "Update only the embedding rows each batch uses (lazy Adam): much faster on large"
                        + " tables, same accuracy."),
            java.util.Map.entry("crossRank",
                    "DCN-v2: rank of each cross layer's weight (0 = full rank); low rank is faster and"
                        + " regularises."));
}
