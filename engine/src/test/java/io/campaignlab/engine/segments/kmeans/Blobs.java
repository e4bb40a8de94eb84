package io.campaignlab.engine.segments.kmeans;

import java.util.SplittableRandom;

/** Planted Gaussian blobs: points around known centres, with their true labels. */
record Blobs(double[] points, int n, int d, int[] truth) {

    static Blobs of(double[][] centres, int perBlob, double sd, long seed) {
        int k = centres.length;
        int d = centres[0].length;
        int n = k * perBlob;
        double[] x = new double[n * d];
        int[] truth = new int[n];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int c = i % k;
            truth[i] = c;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = centres[c][j] + sd * gaussian(rng);
            }
        }
        return new Blobs(x, n, d, truth);
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * The adjusted Rand index of two labelings (Hubert and Arabie, 1985): 1 for the same partition, about 0 for
     * chance agreement.
     */
    static double adjustedRand(int[] a, int[] b) {
        int ka = 0;
        int kb = 0;
        for (int i = 0; i < a.length; i++) {
            ka = Math.max(ka, a[i] + 1);
            kb = Math.max(kb, b[i] + 1);
        }
        long[][] table = new long[ka][kb];
        long[] rows = new long[ka];
        long[] cols = new long[kb];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
            rows[a[i]]++;
            cols[b[i]]++;
        }
        double index = 0;
        for (long[] row : table) {
            for (long v : row) {
                index += pairs(v);
            }
        }
        double sumRows = 0;
        for (long v : rows) {
            sumRows += pairs(v);
        }
        double sumCols = 0;
        for (long v : cols) {
            sumCols += pairs(v);
        }
        double expected = sumRows * sumCols / pairs(a.length);
        double max = (sumRows + sumCols) / 2;
        return (index - expected) / (max - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
