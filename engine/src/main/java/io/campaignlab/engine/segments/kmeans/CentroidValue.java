package io.campaignlab.engine.segments.kmeans;

/**
 * One coordinate of a cluster centre.
 *
 * @param feature the behaviour feature
 * @param z       the centre in standardised log units
 * @param typical the raw value it stands for, {@code expm1(mean + sd · z)}: a geometric-mean-like typical value
 */
public record CentroidValue(String feature, double z, double typical) {
}
