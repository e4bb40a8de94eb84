package io.campaignlab.engine.experiments;

/**
 * CUPED (Deng et al., 2013): the outcome less θ times the centred pre-period covariate, Y − θ (X − x̄), with
 * θ = cov(Y, X) / var(X) over the units of both arms pooled, so the adjustment does not depend on the assignment.
 * The adjusted means keep their expectation; their variance shrinks by about ρ²(X, Y).
 *
 * @param comparison         the arm compared on the adjusted outcome (Welch, delta method for the relative lift)
 * @param unadjusted         the same comparison without the adjustment
 * @param covariate          the covariate's name
 * @param theta              the fitted θ
 * @param varianceReduction  1 − Var(adjusted diff) / Var(unadjusted diff)
 */
public record Cuped(Comparison comparison, Comparison unadjusted, String covariate, double theta,
                    double varianceReduction) {

    /**
     * @param yT outcome per treatment unit; {@code xT} its covariate
     * @param yC outcome per control unit; {@code xC} its covariate
     */
    public static Cuped of(String arm, String metric, String covariate, double[] yT, double[] xT, double[] yC,
                           double[] xC, double alpha) {
        double theta = theta(yT, xT, yC, xC);
        double mx = mean(xT, xC);
        double[] aT = adjust(yT, xT, theta, mx);
        double[] aC = adjust(yC, xC, theta, mx);
        Comparison adjusted = TwoSample.welch(arm, metric, MeanStats.of(aT), MeanStats.of(aC), alpha);
        Comparison plain = TwoSample.welch(arm, metric, MeanStats.of(present(yT, xT)), MeanStats.of(present(yC, xC)),
                alpha);
        adjusted = new Comparison(arm, metric, adjusted.kind(), "CUPED on " + covariate + ", Welch t",
                adjusted.nTreatment(), adjusted.nControl(), adjusted.meanTreatment(), adjusted.meanControl(),
                adjusted.diff(), adjusted.se(), adjusted.ciLow(), adjusted.ciHigh(), adjusted.pValue(),
                adjusted.pAdjusted(), adjusted.relLift(), adjusted.relCiLow(), adjusted.relCiHigh());
        double reduction = 1 - (adjusted.se() * adjusted.se()) / (plain.se() * plain.se());
        return new Cuped(adjusted, plain, covariate, theta, reduction);
    }

    static double theta(double[] yT, double[] xT, double[] yC, double[] xC) {
        double my = 0;
        double mx = 0;
        long n = 0;
        for (double[][] arm : new double[][][] {{yT, xT}, {yC, xC}}) {
            for (int i = 0; i < arm[0].length; i++) {
                if (!Double.isNaN(arm[0][i]) && !Double.isNaN(arm[1][i])) {
                    n++;
                    my += (arm[0][i] - my) / n;
                    mx += (arm[1][i] - mx) / n;
                }
            }
        }
        double sxy = 0;
        double sxx = 0;
        for (double[][] arm : new double[][][] {{yT, xT}, {yC, xC}}) {
            for (int i = 0; i < arm[0].length; i++) {
                if (!Double.isNaN(arm[0][i]) && !Double.isNaN(arm[1][i])) {
                    double dx = arm[1][i] - mx;
                    sxy += dx * (arm[0][i] - my);
                    sxx += dx * dx;
                }
            }
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    private static double mean(double[] a, double[] b) {
        double s = 0;
        long n = 0;
        for (double[] arr : new double[][] {a, b}) {
            for (double v : arr) {
                if (!Double.isNaN(v)) {
                    s += v;
                    n++;
                }
            }
        }
        return s / n;
    }

    private static double[] adjust(double[] y, double[] x, double theta, double mx) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Double.isNaN(y[i]) || Double.isNaN(x[i]) ? Double.NaN : y[i] - theta * (x[i] - mx);
        }
        return out;
    }

    private static double[] present(double[] y, double[] x) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Double.isNaN(x[i]) ? Double.NaN : y[i];
        }
        return out;
    }
}
