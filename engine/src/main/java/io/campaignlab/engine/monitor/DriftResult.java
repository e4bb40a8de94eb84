package io.campaignlab.engine.monitor;

/**
 * One feature's drift between a reference and a current sample.
 *
 * @param feature   the feature
 * @param method    the test that decided: {@code ks}, {@code chi_square}, {@code wasserstein_normed} or
 *                  {@code jensen_shannon}
 * @param statistic the test's statistic or distance
 * @param pValue    the p-value for {@code ks} and {@code chi_square}, else NaN
 * @param threshold the p-value below which, or the distance at or above which, the feature counts as drifted
 * @param drifted   the decision
 * @param psi       the population stability index, reported beside every test as an effect size
 */
public record DriftResult(String feature, String method, double statistic, double pValue, double threshold,
                          boolean drifted, double psi) {
}
