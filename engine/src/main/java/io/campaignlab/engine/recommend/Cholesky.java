package io.campaignlab.engine.recommend;

/**
 * A dense symmetric positive-definite matrix's Cholesky factor, for the small normal equations of ALS and of BPR
 * fold-in.
 */
public final class Cholesky {

    private final double[] l;
    private final int n;

    public Cholesky(double[] a, int n) {
        this.n = n;
        this.l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    l[i * n + i] = Math.sqrt(Math.max(s, 1e-12));
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
    }

    public double[] solve(double[] b) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * y[k];
            }
            y[i] = s / l[i * n + i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
        return x;
    }
}
