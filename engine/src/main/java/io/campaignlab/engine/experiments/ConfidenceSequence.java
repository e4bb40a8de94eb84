package io.campaignlab.engine.experiments;

/**
 * Always-valid confidence sequences for a difference in means (Waudby-Smith et al., "Time-uniform central limit
 * theory and asymptotic confidence sequences", the construction GrowthBook documents): at N units observed, the
 * half-width is σ̂ · √((2(Nρ² + 1) / (N²ρ²)) · ln(√(Nρ² + 1) / α)), where σ̂² = N · se² is the per-unit variance of
 * the estimator. ρ is tuned so the sequence is tightest at {@code targetUnits}:
 * ρ² = (−2 ln α + ln(−2 ln α + 1)) / targetUnits. Looking at the band after every unit keeps the error rate at α.
 */
public final class ConfidenceSequence {

    private final double alpha;
    private final double rho2;

    public ConfidenceSequence(double alpha, long targetUnits) {
        if (!(alpha > 0 && alpha < 1) || targetUnits < 1) {
            throw new IllegalArgumentException("alpha must lie in (0, 1) and the target units be >= 1");
        }
        this.alpha = alpha;
        double l = -2 * Math.log(alpha);
        this.rho2 = (l + Math.log(l + 1)) / targetUnits;
    }

    public double rho2() {
        return rho2;
    }

    /** The margin for the mean of {@code n} unit-variance observations. */
    public double unitMargin(long n) {
        double nr = n * rho2;
        return Math.sqrt(2 * (nr + 1) / (n * (double) n * rho2) * Math.log(Math.sqrt(nr + 1) / alpha));
    }

    /** The half-width for an estimate with standard error {@code se} from {@code n} units in all. */
    public double halfWidth(double se, long n) {
        return se * Math.sqrt(n) * unitMargin(n);
    }
}
