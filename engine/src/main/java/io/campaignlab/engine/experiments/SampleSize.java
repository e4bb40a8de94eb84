package io.campaignlab.engine.experiments;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Units needed to detect an absolute change {@code mde} in a conversion rate from {@code base}, two-sided at level
 * alpha with the given power, when the treatment gets {@code ratio} times the control's units:
 * n_C = (z_{1−α/2} √(p̄ (1 − p̄)(1 + 1/k)) + z_{1−β} √(p_C (1 − p_C) + p_T (1 − p_T)/k))² / mde², n_T = k n_C, with
 * p̄ = (p_C + k p_T) / (1 + k) (the textbook pooled-variance formula, Fleiss et al. §4.2, without continuity correction).
 *
 * @param base      the control rate
 * @param mde       the absolute change to detect
 * @param alpha     the two-sided level
 * @param power     1 − β
 * @param ratio     treatment units per control unit
 * @param control   units in control (rounded up)
 * @param treatment units in treatment (rounded up)
 */
public record SampleSize(double base, double mde, double alpha, double power, double ratio, long control,
                         long treatment) {

    public static SampleSize forProportions(double base, double mde, double alpha, double power, double ratio) {
        if (!(base > 0 && base < 1) || !(base + mde > 0 && base + mde < 1) || mde == 0) {
            throw new IllegalArgumentException("the base rate and base + MDE must lie in (0, 1), and the MDE be"
                    + " non-zero");
        }
        if (!(alpha > 0 && alpha < 1) || !(power > 0 && power < 1) || !(ratio > 0)) {
            throw new IllegalArgumentException("alpha and power must lie in (0, 1), the allocation ratio be > 0");
        }
        NormalDistribution z = NormalDistribution.of(0, 1);
        double za = z.inverseSurvivalProbability(alpha / 2);
        double zb = z.inverseCumulativeProbability(power);
        double pc = base;
        double pt = base + mde;
        double pbar = (pc + ratio * pt) / (1 + ratio);
        double root = za * Math.sqrt(pbar * (1 - pbar) * (1 + 1 / ratio))
                + zb * Math.sqrt(pc * (1 - pc) + pt * (1 - pt) / ratio);
        double nc = root * root / (mde * mde);
        long control = (long) Math.ceil(nc - 1e-9);
        return new SampleSize(base, mde, alpha, power, ratio, control, (long) Math.ceil(ratio * nc - 1e-9));
    }

    /** Days to enrol both arms at {@code unitsPerDay} units entering the experiment a day. */
    public double days(double unitsPerDay) {
        return (control + treatment) / unitsPerDay;
    }
}
