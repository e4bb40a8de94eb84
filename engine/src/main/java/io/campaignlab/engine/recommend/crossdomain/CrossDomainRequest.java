package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;

/**
 * What to train across two domains and how to evaluate it: the target dataset's items are recommended, the source
 * dataset's events transfer taste; user ids mean the same person in both.
 *
 * @param target       an events dataset whose items are recommended
 * @param source       an events dataset of another domain with user ids shared with the target
 * @param spec         the joint ALS settings (kind {@link RecommenderKind#CDR}, seed included)
 * @param protocol     the cold-start protocol (its {@code cutFraction} is the share of shared users held out)
 * @param weights      event-type weights of both implicit-feedback matrices
 * @param sourceWeight how much a source cell counts against a target cell of the same value in the joint matrix
 */
public record CrossDomainRequest(String target, String source, RecommenderSpec spec, EvaluationProtocol protocol,
                                 EventWeights weights, double sourceWeight) {

    public CrossDomainRequest {
        if (target.equals(source)) {
            throw new IllegalArgumentException("the source dataset must differ from the target dataset ("
                    + target + ")");
        }
        if (spec.kind() != RecommenderKind.CDR) {
            throw new IllegalArgumentException("a cross-domain request trains cdr, not " + spec.kind().id());
        }
        if (protocol.kind() != EvaluationProtocol.Kind.COLD_START) {
            throw new IllegalArgumentException("a cross-domain run is evaluated by the cold-start protocol, not "
                    + protocol.kind().id());
        }
        if (!(sourceWeight > 0) || Double.isInfinite(sourceWeight)) {
            throw new IllegalArgumentException("the source weight must be finite and > 0, not " + sourceWeight);
        }
    }

    /** The single-domain view stored in the model artifact: the target dataset, spec, protocol and weights. */
    public RecommendRequest asTargetRequest() {
        return new RecommendRequest(target, spec, protocol, weights);
    }
}
