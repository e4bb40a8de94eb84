package io.campaignlab.engine.models;

import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.SplitIndices;

import io.campaignlab.engine.models.network.NetworkShape;
import java.util.List;
import java.util.Map;

/**
 * A trained network with its fitted pipeline and held-out results.
 *
 * @param shape          the network's sizes
 * @param pipeline       the pipeline fitted on the training split
 * @param parameters     the best epoch's parameters (DJL's format)
 * @param device         the device it trained on
 * @param epochs         every epoch
 * @param bestEpoch      the restored epoch
 * @param validation     the validation evaluation of the main score
 * @param test           the test evaluation of the main score
 * @param extraMetrics   further test and validation figures by split, e.g. ESMM's {@code cvr_auc}
 * @param split          the split used
 * @param testRowIds     the test rows' {@code _row} ids
 * @param testScores     the main score of each test row
 * @param testLabels     the main label (0/1) of each test row; empty when not kept
 */
public record TrainedModel(NetworkShape shape, FeaturePipeline pipeline, byte[] parameters, String device,
                           List<EpochReport> epochs, int bestEpoch, BinaryEvaluation validation,
                           BinaryEvaluation test, Map<String, Map<String, Double>> extraMetrics, SplitIndices split,
                           long[] testRowIds, double[] testScores, int[] testLabels) {

    /** A model whose test labels are not kept (no paired comparison with other runs). */
    public TrainedModel(NetworkShape shape, FeaturePipeline pipeline, byte[] parameters, String device,
                        List<EpochReport> epochs, int bestEpoch, BinaryEvaluation validation, BinaryEvaluation test,
                        Map<String, Map<String, Double>> extraMetrics, SplitIndices split, long[] testRowIds,
                        double[] testScores) {
        this(shape, pipeline, parameters, device, epochs, bestEpoch, validation, test, extraMetrics, split,
                testRowIds, testScores, new int[0]);
    }

    /** The test rows' ids, labels and scores, or null when the labels were not kept. */
    public TestScores testScoresOrNull() {
        return testLabels.length == testScores.length && testScores.length > 0
                ? new TestScores(testRowIds, testLabels, testScores) : null;
    }
}
