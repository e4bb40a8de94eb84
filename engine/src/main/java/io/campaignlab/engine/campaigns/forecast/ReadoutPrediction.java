package io.campaignlab.engine.campaigns.forecast;

/**
 * What the campaign's A/B readout (treatment against holdout, one row per user) should measure: the difference of
 * the two arms' conversion rates, with a 95% <em>prediction</em> interval for the measured value. It is wider than
 * the forecast's interval for the expected rate: besides the model's uncertainty about the expected difference it
 * holds the binomial noise of the two arms at the planned counts, Var = p_t(1 − p_t)/n_t + p_h(1 − p_h)/n_h, which
 * a single readout adds. The interval is normal: estimate ± 1.96 × √(model variance + binomial variance).
 *
 * @param treated        users planned in the treatment arm
 * @param holdout        users planned in the holdout
 * @param grantedShare   the share of treated users the budget lets the offer reach (1 when it does not bind)
 * @param holdoutRate    the holdout's expected conversion rate (the run dataset's control rate in the audience)
 * @param treatedRate    the treatment arm's expected conversion rate
 * @param modelSd        the standard deviation of the expected difference over the refitted models (0 without them)
 * @param samplingSd     the binomial standard deviation of the measured difference
 * @param difference     the measured rate difference, treatment − holdout, with its 95% prediction interval
 */
public record ReadoutPrediction(long treated, long holdout, double grantedShare, double holdoutRate,
                                double treatedRate, double modelSd, double samplingSd, Interval difference) {

    static final double Z95 = 1.959963984540054;

    /**
     * @param meanUplift  the expected uplift per reached user
     * @param modelSd     its standard deviation over the refitted models
     * @param holdoutRate the expected conversion rate without the offer
     */
    static ReadoutPrediction of(long users, double holdoutShare, double grantedShare, double meanUplift,
                                double modelSd, double holdoutRate) {
        long holdout = Math.round(users * holdoutShare);
        long treated = users - holdout;
        if (holdout < 1 || treated < 1) {
            throw new IllegalArgumentException("a readout needs users in both arms; " + users + " users with a "
                    + holdoutShare + " holdout leave " + treated + " treated and " + holdout + " held out");
        }
        double expected = grantedShare * meanUplift;
        double treatedRate = Math.min(1, Math.max(0, holdoutRate + expected));
        double sampling = Math.sqrt(treatedRate * (1 - treatedRate) / treated
                + holdoutRate * (1 - holdoutRate) / holdout);
        double model = grantedShare * modelSd;
        double half = Z95 * Math.sqrt(model * model + sampling * sampling);
        return new ReadoutPrediction(treated, holdout, grantedShare, holdoutRate, treatedRate, model, sampling,
                new Interval(expected, expected - half, expected + half));
    }
}
