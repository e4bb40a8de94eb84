package io.campaignlab.engine.models.training;

import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.network.NetworkShape;

import java.util.List;
import java.util.Map;

/**
 * A network trained on the training rows and scored on the validation rows only: one trial of a search, or the one
 * training of a run without a search. {@link CtrTraining#test} turns it into a {@code TrainedModel}.
 *
 * @param shape         the network's sizes
 * @param pipeline      the pipeline fitted on the training rows
 * @param encoded       every row encoded with it
 * @param parameters    the best epoch's parameters
 * @param device        the device it trained on
 * @param epochs        every epoch
 * @param bestEpoch     the restored epoch
 * @param validation    the validation evaluation of the main score
 * @param validationExtra ESMM's further validation figures, else empty
 */
public record CtrFit(NetworkShape shape, FeaturePipeline pipeline, EncodedRows encoded, byte[] parameters,
                     String device, List<EpochReport> epochs, int bestEpoch, BinaryEvaluation validation,
                     Map<String, Double> validationExtra) {
}
