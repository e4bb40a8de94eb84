package io.campaignlab.engine.explain;

import java.util.List;

/**
 * Why an audience (a segment, the top-k) scores as it does, compared with the population: the players' mean Shapley
 * values in both. By efficiency the differences sum to {@code audiencePrediction − populationPrediction}, up to
 * rounding.
 *
 * @param audienceRows         rows in the audience
 * @param audienceSampled      audience rows explained
 * @param populationSampled    population rows explained
 * @param audiencePrediction   the mean score of the audience rows explained
 * @param populationPrediction the mean score of the population rows explained
 * @param attributions         every player, by |difference|, largest first
 */
public record AudienceComparison(int audienceRows, int audienceSampled, int populationSampled,
                                 double audiencePrediction, double populationPrediction,
                                 List<AudienceAttribution> attributions) {

    public AudienceComparison {
        attributions = List.copyOf(attributions);
    }
}
