package io.campaignlab.engine.campaigns.ope;

import java.util.List;

/**
 * Logged randomized data as off-policy evaluation reads it: per unit the arm it got, the probability the logging
 * design gave that arm, and the reward it earned.
 *
 * @param arms       the arm labels; {@code arm[i]} indexes this list
 * @param arm        the logged arm of each unit
 * @param propensity the logging probability of the logged arm, in (0, 1]
 * @param reward     the observed reward (a 0/1 conversion, or any finite number)
 */
public record LoggedBandit(List<String> arms, int[] arm, double[] propensity, double[] reward) {

    public LoggedBandit {
        arms = List.copyOf(arms);
        if (arm.length != propensity.length || arm.length != reward.length) {
            throw new IllegalArgumentException("arms, propensities and rewards differ in length: " + arm.length + ", "
                    + propensity.length + ", " + reward.length);
        }
        for (int i = 0; i < arm.length; i++) {
            if (arm[i] < 0 || arm[i] >= arms.size()) {
                throw new IllegalArgumentException("unit " + i + " has arm index " + arm[i] + " of " + arms.size());
            }
            if (!(propensity[i] > 0 && propensity[i] <= 1)) {
                throw new IllegalArgumentException("unit " + i + " has propensity " + propensity[i]
                        + "; a logging propensity lies in (0, 1]");
            }
            if (!Double.isFinite(reward[i])) {
                throw new IllegalArgumentException("unit " + i + " has reward " + reward[i]);
            }
        }
    }

    public int units() {
        return arm.length;
    }

    /** Whether every reward is 0 or 1. */
    public boolean binaryRewards() {
        for (double r : reward) {
            if (r != 0 && r != 1) {
                return false;
            }
        }
        return true;
    }

    /** The importance weight π(a_i | x_i) / p_i of every unit under a target policy. */
    public double[] weights(double[][] target) {
        if (target.length != units()) {
            throw new IllegalArgumentException("the policy has " + target.length + " units, the log " + units());
        }
        double[] w = new double[units()];
        for (int i = 0; i < w.length; i++) {
            w[i] = target[i][arm[i]] / propensity[i];
        }
        return w;
    }
}
