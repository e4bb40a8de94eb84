package io.campaignlab.engine.explain;

/**
 * One player's mean Shapley value in an audience against the population.
 *
 * @param player         the player's name
 * @param audienceMean   its mean value over the audience rows explained
 * @param populationMean its mean value over the population rows explained
 * @param difference     audience mean − population mean
 */
public record AudienceAttribution(String player, double audienceMean, double populationMean, double difference) {
}
