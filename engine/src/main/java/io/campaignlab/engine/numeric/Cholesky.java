package io.campaignlab.engine.numeric;

/**
 * Solves H x = g for a symmetric positive definite H by its Cholesky factor H = L Lᵀ, then forward and back
 * substitution. Only H's lower triangle (i ≥ j) is read. Used by the Newton steps of the plain-Java regressions.
 */
public final class Cholesky {

    private Cholesky() {
    }

    /**
     * @param h a d × d matrix whose lower triangle holds H; it is not changed
     * @param g the right-hand side, length d
     * @return x with H x = g
     * @throws IllegalStateException when H is not positive definite (names the column)
     */
    public static double[] solve(double[][] h, double[] g) {
        double[][] l = factor(h);
        int d = g.length;
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            double s = g[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < d; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    private static double[][] factor(double[][] h) {
        int d = h.length;
        double[][] l = new double[d][d];
        for (int j = 0; j < d; j++) {
            double s = h[j][j];
            for (int k = 0; k < j; k++) {
                s -= l[j][k] * l[j][k];
            }
            if (!(s > 0)) {
                throw new IllegalStateException("the Hessian is not positive definite at column " + j);
            }
            l[j][j] = Math.sqrt(s);
            for (int i = j + 1; i < d; i++) {
                double t = h[i][j];
                for (int k = 0; k < j; k++) {
                    t -= l[i][k] * l[j][k];
                }
                l[i][j] = t / l[j][j];
            }
        }
        return l;
    }
}
