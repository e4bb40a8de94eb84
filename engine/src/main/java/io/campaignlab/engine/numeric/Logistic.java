package io.campaignlab.engine.numeric;

/** The logistic function and the log-likelihood of a label under a logit, both computed without overflow. */
public final class Logistic {

    private Logistic() {
    }

    /** 1 / (1 + e^(−z)). */
    public static double sigmoid(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** The log-likelihood of a 0/1 (or fractional) label y under logit η: y η − ln(1 + e^η). */
    public static double logLikelihood(double y, double eta) {
        return y * eta - (Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta))));
    }
}
