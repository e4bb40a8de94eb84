package io.campaignlab.engine.models;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic click log with a known truth: logit = −2 + A[a] + B[b] + M[a][b] + 0.5·z, where M is a pairwise
 * interaction a linear model cannot represent, z a standard normal numeric feature and c pure noise. After a click,
 * {@code bought} = 1 with probability sigmoid(−1 + 1.5 z).
 */
public final class PlantedInteractionData {

    public final Frame frame;
    public final double[] truth;

    public PlantedInteractionData(int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[10];
        double[] b = new double[10];
        double[][] m = new double[10][10];
        for (int i = 0; i < 10; i++) {
            a[i] = rng.nextGaussian() * 0.5;
            b[i] = rng.nextGaussian() * 0.5;
            for (int j = 0; j < 10; j++) {
                m[i][j] = rng.nextGaussian() * 1.2;
            }
        }
        String[] ca = new String[rows];
        String[] cb = new String[rows];
        String[] cc = new String[rows];
        double[] z = new double[rows];
        double[] click = new double[rows];
        double[] bought = new double[rows];
        truth = new double[rows];
        long[] ids = new long[rows];
        for (int r = 0; r < rows; r++) {
            int i = rng.nextInt(10);
            int j = rng.nextInt(10);
            ca[r] = "a" + i;
            cb[r] = "b" + j;
            cc[r] = "c" + rng.nextInt(20);
            z[r] = rng.nextGaussian();
            double logit = -2 + a[i] + b[j] + m[i][j] + 0.5 * z[r];
            truth[r] = 1 / (1 + Math.exp(-logit));
            click[r] = rng.nextDouble() < truth[r] ? 1 : 0;
            // after a click, a purchase with probability sigmoid(−1 + 1.5 z): z drives conversion
            bought[r] = click[r] == 1 && rng.nextDouble() < 1 / (1 + Math.exp(1 - 1.5 * z[r])) ? 1 : 0;
            ids[r] = r + 1;
        }
        frame = Frame.of("planted", ids, List.of(new FrameColumn.Texts("a", ca), new FrameColumn.Texts("b", cb),
                new FrameColumn.Texts("c", cc), new FrameColumn.Numbers("z", z),
                new FrameColumn.Numbers("clicked", click), new FrameColumn.Numbers("bought", bought)));
    }
}
