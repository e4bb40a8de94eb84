package io.campaignlab.engine.campaigns.ope;

import java.util.List;
import java.util.Map;

/**
 * An off-policy evaluation's outcome.
 *
 * @param spec             what was evaluated
 * @param units            units in the log
 * @param arms             the logged arms, in order
 * @param propensities     the logging propensity used per arm (the mean over its units when read from a column)
 * @param propensitySource where they came from: the column, the given values, or uniform
 * @param loggedMean       the mean reward under the logging policy, for comparison
 * @param estimates        the estimates
 * @param outcomeModel     the DR outcome model, in words
 * @param features         its feature columns
 * @param warnings         what the reader should know (sample-ratio mismatch, few effective units)
 * @param seconds          wall time
 */
public record OpeResult(OpeSpec spec, int units, List<String> arms, Map<String, Double> propensities,
                        String propensitySource, double loggedMean, OpeEstimates estimates, String outcomeModel,
                        List<String> features, List<String> warnings, double seconds) {
}
