package io.campaignlab.engine.models;

import ai.djl.Device;
import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.features.BehaviourSequences;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.SplitSpec;

import java.util.Objects;

/**
 * Everything a training run needs; stored with the run so that it can be reproduced.
 *
 * @param dataset  the training dataset
 * @param label    the 1/0 label column (the click for ESMM)
 * @param features the input fields
 * @param split    how rows are split
 * @param model    the model family
 * @param params   hyper-parameters
 * @param seed     seeds the engine RNG (initialisation, dropout) and every shuffle
 * @param device   {@code auto}, {@code cpu} or {@code gpu}
 */
public record TrainingRequest(String dataset, String label, FeatureSpec features, SplitSpec split, ModelKind model,
                              Hyperparameters params, long seed, String device) {

    public TrainingRequest {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(params, "params");
        device = device == null ? "auto" : device;
        if (model.sequential() && !BehaviourSequences.endsWithSequence(features)) {
            throw new IllegalArgumentException(model.label() + " reads the user's behaviour sequence: it needs an"
                    + " events dataset (--behaviour EVENTS) and the sequence fields last (--sequence-length L)");
        }
        if (model.multiTask() && params.purchaseLabel() == null) {
            throw new IllegalArgumentException("ESMM needs a purchase label column");
        }
        String splitColumn = split.column();
        if (splitColumn != null && (splitColumn.equalsIgnoreCase(label)
                || features.datasetColumns().stream().anyMatch(splitColumn::equalsIgnoreCase))) {
            throw new IllegalArgumentException("split column " + splitColumn + " cannot also be "
                    + (splitColumn.equalsIgnoreCase(label) ? "the label" : "a feature"));
        }
        if (split.suppliedDatasets().stream().anyMatch(dataset::equalsIgnoreCase)) {
            throw new IllegalArgumentException("the training dataset " + dataset
                    + " cannot also be the validation or test dataset");
        }
    }

    /** The request as it runs on a device: on a GPU the embeddings keep dense updates (see ComputeDevices). */
    public TrainingRequest onDevice(Device chosen) {
        boolean rowWise = params.sparseEmbeddings() && ComputeDevices.rowWiseUpdates(chosen);
        return rowWise == params.sparseEmbeddings() ? this
                : new TrainingRequest(dataset, label, features, split, model, params.withSparseEmbeddings(rowWise),
                seed, device);
    }
}
